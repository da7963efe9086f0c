package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets {@code figures}: the numbers of a story with their unit and what they count. Works on tokens, not
 * on one big regular expression, so no input can make it backtrack: a number token ("10,000", "1.2",
 * "2022") or a small number word starts a figure, which {@link FigureReading} reads; "a doubling",
 * "tripled" are CHANGE with no value. Dates ("Feb. 26"), times, ordinals, hyphenated descriptions
 * ("54-year-old") and numbers inside names ("Boeing 737", "Route 66") are skipped.
 */
public final class FigureEnricher implements Enricher {

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setFigures(figures(text));
    }

    /** The figures of a text analysed already, in text order. */
    public List<Figure> figures(AnalyzedText t) {
        String body = t.text();
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.token(i);
            // looked up in the body rather than in tok.text(): the body's chars are contiguous and hot in the
            // cache, each token's own string is one more pointer to chase for every token of the text
            if (FigureWords.CHANGE_WORDS.indexOf(body, tok.start(), tok.end()) >= 0) {
                i = change(t, i, out);
                continue;
            }
            String symbolCurrency = tok.end() - tok.start() == 1 ? Numbers.currencyOfSymbol(body.charAt(tok.start())) : null;
            boolean currencyFirst = symbolCurrency != null && i + 1 < t.size() && t.token(i + 1).isNumber();
            int numberAt = currencyFirst ? i + 1 : i;
            // most tokens are no number: the first char in the body says so before the token's string is read
            Double value = numberAt < t.size() && Character.isDigit(body.charAt(t.token(numberAt).start())) ? Numbers.parse(t.token(numberAt)) : null;
            boolean word = false;
            if (value == null && numberAt < t.size() && !currencyFirst) {
                int w = FigureWords.NUMBER_WORD_SET.indexOf(body, t.token(numberAt).start(), t.token(numberAt).end());
                if (w >= 0) {
                    value = FigureWords.NUMBER_WORDS.get(FigureWords.NUMBER_WORD_SET.word(w));
                    word = true;
                }
            }
            if (value == null || skipped(t, numberAt)) {
                i++;
                continue;
            }
            i = FigureReading.read(t, body, i, numberAt, value, currencyFirst ? symbolCurrency : null, word, out);
        }
        return out;
    }

    /** "a doubling of fentanyl seizures", "prices tripled". */
    private static int change(AnalyzedText t, int i, List<Figure> out) {
        int start = i;
        if (i > 0 && (t.token(i - 1).is("a") || t.token(i - 1).is("an"))) {
            start = i - 1;
        }
        int next = i + 1;
        String counts = null;
        if (next + 1 < t.size() && t.token(next).is("of")) {
            int end = CountedPhrases.end(t, next + 1);
            if (end > next + 1) {
                counts = t.slice(next + 1, end);
                next = end;
            }
        }
        String phrase = t.slice(start, next);
        out.add(new Figure(null, null, counts, phrase, FigureKind.CHANGE, null, t.token(start).start()));
        return next;
    }

    /** Dates, times, ordinals and numbers inside names ("Boeing 737", "Route 66") are not figures. */
    private static boolean skipped(AnalyzedText t, int i) {
        Token tok = t.token(i);
        String raw = tok.text();
        if (Numbers.isOrdinal(raw) || raw.indexOf(':') >= 0) {
            return true;
        }
        if (i > 0 && FigureWords.MONTHS.contains(t.token(i - 1).text()) && !(raw.length() == 4)) {
            return true;
        }
        if (i + 1 < t.size() && (t.token(i + 1).is("a.m.") || t.token(i + 1).is("p.m.") || t.token(i + 1).is("a.m") || t.token(i + 1).is("p.m"))) {
            return true;
        }
        if (i > 0 && t.token(i - 1).isCapitalized() && t.token(i - 1).isWord() && !t.sentenceInitial(i - 1) && raw.length() != 4
                && !FigureWords.MONTHS.contains(t.token(i - 1).text()) && !t.token(i - 1).isAllCaps()) {
            return true;
        }
        if (tok.isNumber() && Numbers.isHyphenatedNumber(raw)) {
            return true; // "54-year-old", "3-2": hyphenated forms are descriptions, not figures
        }
        return false;
    }

}
