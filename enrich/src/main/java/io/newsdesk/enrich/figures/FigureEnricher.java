package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets {@code figures}: the numbers of a story with their unit and what they count. Works on tokens, not
 * on one big regular expression, so no input can make it backtrack: a number token ("10,000", "1.2",
 * "2022") or a small number word, an optional scale ("million", "bn"), then a currency ($, EUR, "dollars"
 * - MONEY in ISO 4217), a percent sign or word (PERCENT), a unit of measure ("pounds", "miles", "degrees"
 * - MEASURE, with what it measures after "of"), or else a noun phrase it counts (COUNT). Bare years are
 * YEAR; "a doubling", "tripled" are CHANGE with no value. Approximation words before the number ("more
 * than", "nearly") are the qualifier. Dates ("Feb. 26"), times and ordinals are skipped.
 *
 * <p>Cost: every token is asked whether it is a number, a number word, a currency or a change word, so
 * those questions are answered without allocating: word lists are {@link CaselessWordSet}s (no
 * {@code token.lower()} per token and list), the ordinal, hyphenated-number and leading-number tests are
 * char scans where they were regular expressions (a Matcher per number token), and plain integers are
 * parsed without building a digit string. This took the step from about 100 µs and 47 KB per bench
 * article to a fraction of that, with the same figures.
 */
public final class FigureEnricher implements Enricher {
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("m", 1e6),
            Map.entry("k", 1e3), Map.entry("mn", 1e6), Map.entry("tn", 1e12), Map.entry("hundred", 1e2));
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0));
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "\u20AC", "EUR", "\u00A3", "GBP",
            "\u00A5", "JPY", "\u20B9", "INR");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"), Map.entry("dollar", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("pesos", "MXN"), Map.entry("rupees", "INR"), Map.entry("francs", "CHF"), Map.entry("usd", "USD"),
            Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("won", "KRW"), Map.entry("reais", "BRL"), Map.entry("rand", "ZAR"));
    private static final Set<String> UNITS = Set.of("pounds", "pound", "lbs", "lb", "kilograms", "kilogram", "kg", "kilos",
            "grams", "gram", "g", "tons", "tonnes", "ton", "tonne", "ounces", "ounce", "oz", "miles", "mile", "kilometers",
            "kilometres", "km", "meters", "metres", "meter", "metre", "m", "feet", "foot", "ft", "inches", "inch", "yards",
            "acres", "acre", "hectares", "hectare", "degrees", "degree", "gallons", "gallon", "liters", "litres", "barrels",
            "barrel", "bpd", "mph", "km/h", "kph", "centimeters", "centimetres", "cm", "millimeters", "millimetres", "mm",
            "megawatts", "mw", "gigawatts", "gw", "kilowatts", "kwh", "square", "cubic", "minutes", "hours", "seconds",
            "days", "weeks", "months", "years", "points", "percentage", "basis", "calories", "milligrams", "mg", "micrograms");
    private static final Set<String> QUALIFIERS_2 = Set.of("more than", "less than", "fewer than", "at least", "up to",
            "as many", "as much", "close to", "just over", "just under", "well over", "an estimated", "upwards of", "in excess");
    private static final Set<String> QUALIFIERS_1 = Set.of("about", "nearly", "almost", "roughly", "around", "approximately",
            "over", "under", "some", "estimated", "only", "just", "exactly", "barely", "above", "below", "circa", "approx.");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun",
            "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");
    private static final Set<String> CHANGE_WORDS = Set.of("doubling", "doubled", "tripling", "tripled", "quadrupled",
            "quadrupling", "halving", "halved", "twofold", "threefold", "fourfold", "tenfold");
    private static final int MAX_COUNT_WORDS = 4;

    // The same lists, looked up by a token's text ignoring case (see the class comment for why).
    private static final CaselessWordSet SCALE_WORDS = CaselessWordSet.of(SCALES.keySet());
    private static final CaselessWordSet NUMBER_WORD_SET = CaselessWordSet.of(NUMBER_WORDS.keySet());
    private static final CaselessWordSet CURRENCY_WORD_SET = CaselessWordSet.of(CURRENCY_WORDS.keySet());
    private static final CaselessWordSet UNIT_SET = CaselessWordSet.of(UNITS);
    private static final CaselessWordSet QUALIFIER_1_SET = CaselessWordSet.of(QUALIFIERS_1);
    /** First words of the two-word qualifiers: the pair is only built when the first word is one. */
    private static final CaselessWordSet QUALIFIER_2_FIRST = CaselessWordSet.of(firstWords(QUALIFIERS_2));
    private static final CaselessWordSet MONTH_SET = CaselessWordSet.of(MONTHS);
    private static final CaselessWordSet CHANGE_SET = CaselessWordSet.of(CHANGE_WORDS);
    private static final CaselessWordSet VERB_LIKE = CaselessWordSet.of("said", "says", "were", "are", "was", "is", "died",
            "left", "remain", "remained");

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article) {
        enrich(article, AnalyzedText.of(article.getContent().getText()));
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setFigures(figures(text));
    }

    public List<Figure> figures(String text) {
        return figures(AnalyzedText.of(text));
    }

    /** {@link #figures(String)} of a text analysed already. */
    public List<Figure> figures(AnalyzedText t) {
        String body = t.text();
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.token(i);
            // looked up in the body rather than in tok.text(): the body's chars are contiguous and hot in the
            // cache, each token's own string is one more pointer to chase for every token of the text
            if (CHANGE_SET.indexOf(body, tok.start(), tok.end()) >= 0) {
                i = change(t, i, out);
                continue;
            }
            String symbolCurrency = tok.end() - tok.start() == 1 ? currencyOfSymbol(body.charAt(tok.start())) : null;
            boolean currencyFirst = symbolCurrency != null && i + 1 < t.size() && t.token(i + 1).isNumber();
            int numberAt = currencyFirst ? i + 1 : i;
            // most tokens are no number: the first char in the body says so before the token's string is read
            Double value = numberAt < t.size() && Character.isDigit(body.charAt(t.token(numberAt).start())) ? parse(t.token(numberAt)) : null;
            boolean word = false;
            if (value == null && numberAt < t.size() && !currencyFirst) {
                int w = NUMBER_WORD_SET.indexOf(body, t.token(numberAt).start(), t.token(numberAt).end());
                if (w >= 0) {
                    value = NUMBER_WORDS.get(NUMBER_WORD_SET.word(w));
                    word = true;
                }
            }
            if (value == null || skipped(t, numberAt)) {
                i++;
                continue;
            }
            i = figure(t, body, i, numberAt, value, currencyFirst ? symbolCurrency : null, word, out);
        }
        return out;
    }

    /** The ISO 4217 code of a currency sign token, or null: a switch, as this is asked of every token. */
    private static String currencyOfSymbol(char symbol) {
        switch (symbol) {
            case '$':
                return "USD";
            case '\u20AC':
                return "EUR";
            case '\u00A3':
                return "GBP";
            case '\u00A5':
                return "JPY";
            case '\u20B9':
                return "INR";
            default:
                return null;
        }
    }

    private int figure(AnalyzedText t, String body, int startToken, int numberAt, double value, String currency, boolean word, List<Figure> out) {
        Token number = t.token(numberAt);
        String raw = number.text();
        int next = numberAt + 1;
        // "1.2bn", "5m": the scale glued to the number (what follows the leading digits, dots and commas)
        int scaleWord = SCALE_WORDS.indexOf(raw, leadingNumberEnd(raw), raw.length());
        if (scaleWord >= 0) {
            value *= SCALES.get(SCALE_WORDS.word(scaleWord));
        }
        boolean scaled = scaleWord >= 0;
        while (next < t.size() && (scaleWord = SCALE_WORDS.indexOf(t.token(next).text())) >= 0 && !t.token(next).text().equals("m")) {
            value *= SCALES.get(SCALE_WORDS.word(scaleWord));
            scaled = true;
            next++;
        }
        FigureKind kind;
        String unit = currency;
        String counts = null;
        if (word && !scaled) {
            // "two people", "three years": a small number word is a figure only when it counts something
            int end = countedPhraseEnd(t, next);
            if (end == next || unit != null) {
                return numberAt + 1;
            }
        }
        int currencyWord = next < t.size() ? CURRENCY_WORD_SET.indexOf(t.token(next).text()) : -1;
        int unitWord;
        if (unit != null) {
            kind = FigureKind.MONEY;
        } else if (currencyWord >= 0 && !CURRENCY_WORD_SET.word(currencyWord).equals("won")) {
            unit = CURRENCY_WORDS.get(CURRENCY_WORD_SET.word(currencyWord));
            kind = FigureKind.MONEY;
            next++;
        } else if (next < t.size() && (t.token(next).text().equals("%") || t.token(next).is("percent")
                || t.token(next).is("per") && next + 1 < t.size() && t.token(next + 1).is("cent"))) {
            kind = FigureKind.PERCENT;
            unit = "%";
            next += t.token(next).is("per") ? 2 : 1;
            if (next + 1 < t.size() && t.token(next).is("of")) {
                int end = countedPhraseEnd(t, next + 1);
                if (end > next + 1) {
                    counts = t.slice(next + 1, end);
                    next = end;
                }
            }
        } else if (next < t.size() && (unitWord = UNIT_SET.indexOf(t.token(next).text())) >= 0 && !t.token(next).isCapitalized()) {
            kind = FigureKind.MEASURE;
            unit = UNIT_SET.word(unitWord); // the token in lower case
            next++;
            if (unit.equals("percentage") || unit.equals("basis") || unit.equals("square") || unit.equals("cubic")) {
                if (next < t.size() && t.token(next).isWord()) {
                    unit = unit + " " + t.token(next).lower();
                    next++;
                }
            }
            if (next + 1 < t.size() && t.token(next).is("of")) {
                int end = countedPhraseEnd(t, next + 1);
                if (end > next + 1) {
                    counts = t.slice(next + 1, end);
                    next = end;
                }
            }
        } else if (!scaled && isYear(t, numberAt, value, raw)) {
            kind = FigureKind.YEAR;
        } else {
            int end = countedPhraseEnd(t, next);
            if (end > next) {
                counts = t.slice(next, end);
                next = end;
                kind = FigureKind.COUNT;
            } else {
                kind = scaled ? FigureKind.COUNT : FigureKind.OTHER;
            }
        }
        if (kind == FigureKind.MONEY && counts == null && next + 1 < t.size() && (t.token(next).is("in") || t.token(next).is("for"))) {
            int end = countedPhraseEnd(t, next + 1);
            if (end > next + 1 && end - next <= 3) {
                counts = t.slice(next + 1, end);
                next = end;
            }
        }
        int textStart = t.token(startToken).start();
        String qualifier = null;
        int q = startToken;
        if (q >= 2 && QUALIFIER_2_FIRST.contains(t.token(q - 2).text())
                && QUALIFIERS_2.contains(t.token(q - 2).lower() + " " + t.token(q - 1).lower())) {
            qualifier = t.slice(q - 2, q).toLowerCase(Locale.ROOT);
            textStart = t.token(q - 2).start();
        } else if (q >= 1 && QUALIFIER_1_SET.contains(t.token(q - 1).text())) {
            qualifier = t.token(q - 1).lower();
            textStart = t.token(q - 1).start();
        }
        if (qualifier != null && qualifier.startsWith("as ") && q < t.size()) {
            qualifier = qualifier + " " + "as"; // "as many as" reads as one qualifier
        }
        String phrase = body.substring(textStart, t.token(next - 1).end());
        // the constructor, not the builder: every field is set, and the builder's copies and checks cost
        out.add(new Figure(value, unit, counts, phrase, kind, qualifier, textStart));
        return next;
    }

    /** "a doubling of fentanyl seizures", "prices tripled". */
    private int change(AnalyzedText t, int i, List<Figure> out) {
        int start = i;
        if (i > 0 && (t.token(i - 1).is("a") || t.token(i - 1).is("an"))) {
            start = i - 1;
        }
        int next = i + 1;
        String counts = null;
        if (next + 1 < t.size() && t.token(next).is("of")) {
            int end = countedPhraseEnd(t, next + 1);
            if (end > next + 1) {
                counts = t.slice(next + 1, end);
                next = end;
            }
        }
        String phrase = t.slice(start, next);
        out.add(new Figure(null, null, counts, phrase, FigureKind.CHANGE, null, t.token(start).start()));
        return next;
    }

    /** End of the noun phrase a number counts: content words up to a function word, punctuation or verb form. */
    private static int countedPhraseEnd(AnalyzedText t, int from) {
        int end = from;
        while (end < t.size() && end - from < MAX_COUNT_WORDS) {
            Token w = t.token(end);
            if (!w.isWord() || w.isNumber() || EnglishWords.isStopWord(w.text()) || MONTH_SET.contains(w.text())) {
                break;
            }
            String l = w.text();
            // "pills laced with fentanyl": a participle followed by a preposition ends the phrase
            if ((endsWithIgnoreCase(l, "ed") || endsWithIgnoreCase(l, "ing")) && end > from && end + 1 < t.size()
                    && (EnglishWords.isStopWord(t.token(end + 1).text()) || !t.token(end + 1).isWord())) {
                break;
            }
            if ((endsWithIgnoreCase(l, "ed") || endsWithIgnoreCase(l, "ly")) && end == from) {
                break;
            }
            if (VERB_LIKE.contains(l) && end > from) {
                break;
            }
            end++;
        }
        return end;
    }

    /** {@code word.toLowerCase(Locale.ROOT).endsWith(suffix)} for a lower-case ASCII suffix, without the copy. */
    static boolean endsWithIgnoreCase(String word, String suffix) {
        int k = word.length() - suffix.length();
        if (k < 0) {
            return false;
        }
        for (int j = 0; j < suffix.length(); j++) {
            char c = word.charAt(k + j);
            char s = suffix.charAt(j);
            if (c != s && !(c == Character.toUpperCase(s) || c == '\u212A' && s == 'k')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(AnalyzedText t, int i, double value, String raw) {
        if (raw.length() != 4 || raw.indexOf(',') >= 0 || value < 1800 || value > 2100) {
            return false;
        }
        if (i + 1 < t.size()) {
            Token next = t.token(i + 1);
            if (next.isWord() && !EnglishWords.isStopWord(next.text()) && !next.isCapitalized() && !next.text().equals("s")) {
                // "2000 people" counts; "2022 alone", "2022 election" still read as years
                String l = next.lower();
                return l.equals("alone") || l.endsWith("election") || l.equals("season");
            }
        }
        return true;
    }

    /** Dates, times, ordinals and numbers inside names ("Boeing 737", "Route 66") are not figures. */
    private static boolean skipped(AnalyzedText t, int i) {
        Token tok = t.token(i);
        String raw = tok.text();
        if (isOrdinal(raw) || raw.indexOf(':') >= 0) {
            return true;
        }
        if (i > 0 && MONTH_SET.contains(t.token(i - 1).text()) && !(raw.length() == 4)) {
            return true;
        }
        if (i + 1 < t.size() && (t.token(i + 1).is("a.m.") || t.token(i + 1).is("p.m.") || t.token(i + 1).is("a.m") || t.token(i + 1).is("p.m"))) {
            return true;
        }
        if (i > 0 && t.token(i - 1).isCapitalized() && t.token(i - 1).isWord() && !t.sentenceInitial(i - 1) && raw.length() != 4
                && !MONTH_SET.contains(t.token(i - 1).text()) && !t.token(i - 1).isAllCaps()) {
            return true;
        }
        if (tok.isNumber() && isHyphenatedNumber(raw)) {
            return true; // "54-year-old", "3-2": hyphenated forms are descriptions, not figures
        }
        return false;
    }

    /** "21st", "3rd": an ASCII digit, then st, nd, rd or th at the end (was the expression .*\d(st|nd|rd|th)). */
    static boolean isOrdinal(String raw) {
        int n = raw.length();
        if (n < 3 || !isAsciiDigit(raw.charAt(n - 3))) {
            return false;
        }
        char a = raw.charAt(n - 2);
        char b = raw.charAt(n - 1);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** "54-year-old": one to six ASCII digits, a hyphen, a lower-case ASCII letter (was \d{1,6}-[a-z].*). */
    static boolean isHyphenatedNumber(String raw) {
        int digits = 0;
        while (digits < raw.length() && isAsciiDigit(raw.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 6 && digits + 1 < raw.length() && raw.charAt(digits) == '-'
                && raw.charAt(digits + 1) >= 'a' && raw.charAt(digits + 1) <= 'z';
    }

    /** Length of the leading run of ASCII digits, dots and commas (was the expression ^[\d.,]+). */
    private static int leadingNumberEnd(String raw) {
        int k = 0;
        while (k < raw.length() && (isAsciiDigit(raw.charAt(k)) || raw.charAt(k) == '.' || raw.charAt(k) == ',')) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The numeric value of a number token ("10,000", "1.5", "1.2bn"), or null. */
    static Double parse(Token tok) {
        if (!tok.isNumber()) {
            return null;
        }
        String raw = tok.text();
        int end = 0;
        // digits and commas only, at most 18 digits: exact in a long, and (double) of a long rounds as parseDouble does
        boolean plainInteger = true;
        int digits = 0;
        long integer = 0;
        while (end < raw.length() && (Character.isDigit(raw.charAt(end)) || raw.charAt(end) == ',' || raw.charAt(end) == '.')) {
            char c = raw.charAt(end);
            if (isAsciiDigit(c)) {
                integer = integer * 10 + (c - '0');
                digits++;
            } else if (c != ',') {
                plainInteger = false;
            }
            end++;
        }
        if (end < raw.length() && SCALE_WORDS.indexOf(raw, end, raw.length()) < 0) {
            return null;
        }
        if (plainInteger && digits >= 1 && digits <= 18) {
            return (double) integer;
        }
        String number = raw.substring(0, end).replace(",", "");
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> firstWords(Set<String> phrases) {
        List<String> first = new ArrayList<>();
        for (String p : phrases) {
            String w = p.substring(0, p.indexOf(' '));
            if (!first.contains(w)) {
                first.add(w);
            }
        }
        return first;
    }
}
