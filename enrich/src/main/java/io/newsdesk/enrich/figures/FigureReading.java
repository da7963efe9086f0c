package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import java.util.List;
import java.util.Locale;

/**
 * What a number is a figure of, read from the words around it: a scale ("million", glued "bn"), then a
 * currency word (MONEY in ISO 4217), a percent sign or word (PERCENT), a unit of measure (MEASURE, with what
 * it measures after "of"), a year (YEAR), or else the noun phrase it counts (COUNT). An approximation word
 * before the number ("more than", "nearly") is the figure's qualifier.
 */
final class FigureReading {

    private FigureReading() {
    }

    /**
     * Reads the figure whose number is token {@code numberAt} (a currency sign may come first, at
     * {@code startToken}) and adds it to {@code out}; returns the token after it.
     */
    static int read(AnalyzedText t, String body, int startToken, int numberAt, double value, String currency, boolean word, List<Figure> out) {
        Token number = t.token(numberAt);
        String raw = number.text();
        int next = numberAt + 1;
        // "1.2bn", "5m": the scale glued to the number (what follows the leading digits, dots and commas)
        int scaleWord = FigureWords.SCALE_WORDS.indexOf(raw, Numbers.leadingNumberEnd(raw), raw.length());
        if (scaleWord >= 0) {
            value *= FigureWords.SCALES.get(FigureWords.SCALE_WORDS.word(scaleWord));
        }
        boolean scaled = scaleWord >= 0;
        while (next < t.size() && (scaleWord = FigureWords.SCALE_WORDS.indexOf(t.token(next).text())) >= 0 && !t.token(next).text().equals("m")) {
            value *= FigureWords.SCALES.get(FigureWords.SCALE_WORDS.word(scaleWord));
            scaled = true;
            next++;
        }
        FigureKind kind;
        String unit = currency;
        String counts = null;
        if (word && !scaled) {
            // "two people", "three years": a small number word is a figure only when it counts something
            int end = CountedPhrases.end(t, next);
            if (end == next || unit != null) {
                return numberAt + 1;
            }
        }
        int currencyWord = next < t.size() ? FigureWords.CURRENCY_WORD_SET.indexOf(t.token(next).text()) : -1;
        int unitWord;
        if (unit != null) {
            kind = FigureKind.MONEY;
        } else if (currencyWord >= 0 && !FigureWords.CURRENCY_WORD_SET.word(currencyWord).equals("won")) {
            unit = FigureWords.CURRENCY_WORDS.get(FigureWords.CURRENCY_WORD_SET.word(currencyWord));
            kind = FigureKind.MONEY;
            next++;
        } else if (next < t.size() && (t.token(next).text().equals("%") || t.token(next).is("percent")
                || t.token(next).is("per") && next + 1 < t.size() && t.token(next + 1).is("cent"))) {
            kind = FigureKind.PERCENT;
            unit = "%";
            next += t.token(next).is("per") ? 2 : 1;
            if (next + 1 < t.size() && t.token(next).is("of")) {
                int end = CountedPhrases.end(t, next + 1);
                if (end > next + 1) {
                    counts = t.slice(next + 1, end);
                    next = end;
                }
            }
        } else if (next < t.size() && (unitWord = FigureWords.UNITS.indexOf(t.token(next).text())) >= 0 && !t.token(next).isCapitalized()) {
            kind = FigureKind.MEASURE;
            unit = FigureWords.UNITS.word(unitWord); // the token in lower case
            next++;
            if (unit.equals("percentage") || unit.equals("basis") || unit.equals("square") || unit.equals("cubic")) {
                if (next < t.size() && t.token(next).isWord()) {
                    unit = unit + " " + t.token(next).lower();
                    next++;
                }
            }
            if (next + 1 < t.size() && t.token(next).is("of")) {
                int end = CountedPhrases.end(t, next + 1);
                if (end > next + 1) {
                    counts = t.slice(next + 1, end);
                    next = end;
                }
            }
        } else if (!scaled && isYear(t, numberAt, value, raw)) {
            kind = FigureKind.YEAR;
        } else {
            int end = CountedPhrases.end(t, next);
            if (end > next) {
                counts = t.slice(next, end);
                next = end;
                kind = FigureKind.COUNT;
            } else {
                kind = scaled ? FigureKind.COUNT : FigureKind.OTHER;
            }
        }
        if (kind == FigureKind.MONEY && counts == null && next + 1 < t.size() && (t.token(next).is("in") || t.token(next).is("for"))) {
            int end = CountedPhrases.end(t, next + 1);
            if (end > next + 1 && end - next <= 3) {
                counts = t.slice(next + 1, end);
                next = end;
            }
        }
        int textStart = t.token(startToken).start();
        String qualifier = null;
        int q = startToken;
        if (q >= 2 && FigureWords.QUALIFIER_2_FIRST.contains(t.token(q - 2).text())
                && FigureWords.QUALIFIERS_2.contains(t.token(q - 2).lower() + " " + t.token(q - 1).lower())) {
            qualifier = t.slice(q - 2, q).toLowerCase(Locale.ROOT);
            textStart = t.token(q - 2).start();
        } else if (q >= 1 && FigureWords.QUALIFIERS_1.contains(t.token(q - 1).text())) {
            qualifier = t.token(q - 1).lower();
            textStart = t.token(q - 1).start();
        }
        if (qualifier != null && qualifier.startsWith("as ") && q < t.size()) {
            qualifier = qualifier + " " + "as"; // "as many as" reads as one qualifier
        }
        String phrase = body.substring(textStart, t.token(next - 1).end());
        out.add(new Figure(value, unit, counts, phrase, kind, qualifier, textStart));
        return next;
    }

    static boolean isYear(AnalyzedText t, int i, double value, String raw) {
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

}
