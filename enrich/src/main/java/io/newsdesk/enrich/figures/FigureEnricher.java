package io.newsdesk.enrich.figures;

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
import java.util.regex.Pattern;

/**
 * Sets {@code figures}: the numbers of a story with their unit and what they count. Works on tokens, not
 * on one big regular expression, so no input can make it backtrack: a number token ("10,000", "1.2",
 * "2022") or a small number word, an optional scale ("million", "bn"), then a currency ($, EUR, "dollars"
 * - MONEY in ISO 4217), a percent sign or word (PERCENT), a unit of measure ("pounds", "miles", "degrees"
 * - MEASURE, with what it measures after "of"), or else a noun phrase it counts (COUNT). Bare years are
 * YEAR; "a doubling", "tripled" are CHANGE with no value. Approximation words before the number ("more
 * than", "nearly") are the qualifier. Dates ("Feb. 26"), times and ordinals are skipped.
 */
public final class FigureEnricher implements Enricher {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[\\d.,]+");
    private static final Pattern ORDINAL = Pattern.compile(".*\\d(st|nd|rd|th)$");
    private static final Pattern HYPHENATED_NUMBER = Pattern.compile("\\d{1,6}-[a-z].*");

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
            String lower = tok.lower();
            if (CHANGE_WORDS.contains(lower)) {
                i = change(t, i, out);
                continue;
            }
            boolean currencyFirst = CURRENCY_SYMBOLS.containsKey(tok.text()) && i + 1 < t.size() && t.token(i + 1).isNumber();
            int numberAt = currencyFirst ? i + 1 : i;
            Double value = numberAt < t.size() ? parse(t.token(numberAt)) : null;
            boolean word = false;
            if (value == null && numberAt < t.size() && NUMBER_WORDS.containsKey(t.token(numberAt).lower()) && !currencyFirst) {
                value = NUMBER_WORDS.get(t.token(numberAt).lower());
                word = true;
            }
            if (value == null || skipped(t, numberAt)) {
                i++;
                continue;
            }
            i = figure(t, body, i, numberAt, value, currencyFirst ? CURRENCY_SYMBOLS.get(tok.text()) : null, word, out);
        }
        return out;
    }

    private int figure(AnalyzedText t, String body, int startToken, int numberAt, double value, String currency, boolean word, List<Figure> out) {
        Token number = t.token(numberAt);
        String raw = number.text();
        int next = numberAt + 1;
        // "1.2bn", "5m": the scale glued to the number
        String suffix = LEADING_NUMBER.matcher(raw).replaceAll("").toLowerCase(Locale.ROOT);
        if (!suffix.isEmpty() && SCALES.containsKey(suffix)) {
            value *= SCALES.get(suffix);
        }
        boolean scaled = !suffix.isEmpty() && SCALES.containsKey(suffix);
        while (next < t.size() && SCALES.containsKey(t.token(next).lower()) && !t.token(next).text().equals("m")) {
            value *= SCALES.get(t.token(next).lower());
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
        if (unit != null) {
            kind = FigureKind.MONEY;
        } else if (next < t.size() && CURRENCY_WORDS.containsKey(t.token(next).lower()) && !t.token(next).lower().equals("won")) {
            unit = CURRENCY_WORDS.get(t.token(next).lower());
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
        } else if (next < t.size() && UNITS.contains(t.token(next).lower()) && !t.token(next).isCapitalized()) {
            kind = FigureKind.MEASURE;
            unit = t.token(next).lower();
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
        if (q >= 2 && QUALIFIERS_2.contains(t.token(q - 2).lower() + " " + t.token(q - 1).lower())) {
            qualifier = t.slice(q - 2, q).toLowerCase(Locale.ROOT);
            textStart = t.token(q - 2).start();
        } else if (q >= 1 && QUALIFIERS_1.contains(t.token(q - 1).lower())) {
            qualifier = t.token(q - 1).lower();
            textStart = t.token(q - 1).start();
        }
        if (qualifier != null && qualifier.startsWith("as ") && q < t.size()) {
            qualifier = qualifier + " " + "as"; // "as many as" reads as one qualifier
        }
        String phrase = body.substring(textStart, t.token(next - 1).end());
        out.add(Figure.newBuilder().setValue(value).setUnit(unit).setCounts(counts).setText(phrase).setKind(kind)
                .setQualifier(qualifier).setStart(textStart).build());
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
        out.add(Figure.newBuilder().setValue(null).setUnit(null).setCounts(counts).setText(phrase).setKind(FigureKind.CHANGE)
                .setQualifier(null).setStart(t.token(start).start()).build());
        return next;
    }

    /** End of the noun phrase a number counts: content words up to a function word, punctuation or verb form. */
    private static int countedPhraseEnd(AnalyzedText t, int from) {
        int end = from;
        while (end < t.size() && end - from < MAX_COUNT_WORDS) {
            Token w = t.token(end);
            if (!w.isWord() || w.isNumber() || EnglishWords.isStopWord(w.text()) || MONTHS.contains(w.lower())) {
                break;
            }
            String l = w.lower();
            // "pills laced with fentanyl": a participle followed by a preposition ends the phrase
            if ((l.endsWith("ed") || l.endsWith("ing")) && end > from && end + 1 < t.size()
                    && (EnglishWords.isStopWord(t.token(end + 1).text()) || !t.token(end + 1).isWord())) {
                break;
            }
            if ((l.endsWith("ed") || l.endsWith("ly")) && end == from) {
                break;
            }
            if (isVerbLike(l) && end > from) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isVerbLike(String l) {
        return l.equals("said") || l.equals("says") || l.equals("were") || l.equals("are") || l.equals("was") || l.equals("is")
                || l.equals("died") || l.equals("left") || l.equals("remain") || l.equals("remained");
    }

    private static boolean isYear(AnalyzedText t, int i, double value, String raw) {
        if (raw.length() != 4 || raw.indexOf(',') >= 0 || value < 1800 || value > 2100) {
            return false;
        }
        if (i + 1 < t.size()) {
            Token next = t.token(i + 1);
            if (next.isWord() && !EnglishWords.isStopWord(next.text()) && !next.isCapitalized() && !next.text().equals("s")) {
                // "2000 people" counts; "2022 alone", "2022 election" still read as years
                return next.lower().equals("alone") || next.lower().endsWith("election") || next.lower().equals("season");
            }
        }
        return true;
    }

    /** Dates, times, ordinals and numbers inside names ("Boeing 737", "Route 66") are not figures. */
    private static boolean skipped(AnalyzedText t, int i) {
        Token tok = t.token(i);
        String raw = tok.text();
        if (ORDINAL.matcher(raw).matches() || raw.contains(":")) {
            return true;
        }
        if (i > 0 && MONTHS.contains(t.token(i - 1).lower()) && !(raw.length() == 4)) {
            return true;
        }
        if (i + 1 < t.size() && (t.token(i + 1).is("a.m.") || t.token(i + 1).is("p.m.") || t.token(i + 1).is("a.m") || t.token(i + 1).is("p.m"))) {
            return true;
        }
        if (i > 0 && t.token(i - 1).isCapitalized() && t.token(i - 1).isWord() && !t.sentenceInitial(i - 1) && raw.length() != 4
                && !MONTHS.contains(t.token(i - 1).lower()) && !t.token(i - 1).isAllCaps()) {
            return true;
        }
        if (tok.isNumber() && HYPHENATED_NUMBER.matcher(raw).matches()) {
            return true; // "54-year-old", "3-2": hyphenated forms are descriptions, not figures
        }
        return false;
    }

    /** The numeric value of a number token ("10,000", "1.5", "1.2bn"), or null. */
    static Double parse(Token tok) {
        if (!tok.isNumber()) {
            return null;
        }
        String raw = tok.text();
        int end = 0;
        while (end < raw.length() && (Character.isDigit(raw.charAt(end)) || raw.charAt(end) == ',' || raw.charAt(end) == '.')) {
            end++;
        }
        String digits = raw.substring(0, end).replace(",", "");
        String rest = raw.substring(end).toLowerCase(Locale.ROOT);
        if (!rest.isEmpty() && !SCALES.containsKey(rest)) {
            return null;
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
