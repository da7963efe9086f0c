package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets {@code quotes}: every direct quotation in {@code content.text} ({@link QuotationMarks}) with its
 * speaker ({@link SpeakerAttribution}) resolved to a PERSON entity, so it runs after the entity enricher.
 * "He"/"she" is the last person quoted, if recently, else the last person named. A quotation without an
 * attribution continues the words of the speaker quoted just before (in the next sentence or paragraph), or
 * of the paragraph before when it carries on over a paragraph break; a short one that does neither is a scare
 * quote or a title ("bold", "dead end"), not a quotation.
 */
public final class QuoteEnricher implements Enricher {
    private static final int MIN_UNATTRIBUTED_WORDS = 5;

    private final QuotationMarks marks;
    private final SpeakerAttribution attribution;

    public QuoteEnricher(QuotationMarks marks, SpeakerAttribution attribution) {
        this.marks = marks;
        this.attribution = attribution;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setQuotes(quotes(text, article.getEntities()));
    }

    /** The quotations of a text analysed already, with speakers among {@code entities}. */
    public List<Quote> quotes(AnalyzedText analyzed, List<Entity> entities) {
        String body = analyzed.text();
        PeopleMentions people = new PeopleMentions(entities);
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastQuoteEnd = -1;
        for (Quotation q : marks.find(body)) {
            // the quotation's text is its span stripped and without one final comma; measured in place
            int innerStart = q.start();
            int innerEnd = q.end();
            while (innerStart < innerEnd && Character.isWhitespace(body.charAt(innerStart))) {
                innerStart++;
            }
            while (innerEnd > innerStart && Character.isWhitespace(body.charAt(innerEnd - 1))) {
                innerEnd--;
            }
            // Without one final comma, as the expression [,]$ left it. Its "$" also matches before a final
            // line terminator that strip() keeps (U+0085): then the comma goes from the middle of the text.
            boolean commaBeforeNextLine = false;
            if (innerEnd > innerStart && body.charAt(innerEnd - 1) == ',') {
                innerEnd--;
            } else if (innerEnd - 2 >= innerStart && body.charAt(innerEnd - 1) == '\u0085' && body.charAt(innerEnd - 2) == ',') {
                commaBeforeNextLine = true; // dropping a comma glued to U+0085 leaves the word count as it is
            }
            int words = wordsBetween(body, innerStart, innerEnd);
            SpeakerAttribution.Attribution a = attribution.of(analyzed, q, people);
            String speaker = a == null ? null : a.speaker();
            String attributionText = a == null ? null : a.text();
            if (a != null && a.pronoun()) {
                speaker = lastSpeaker != null && recent(body, lastQuoteEnd, q.start()) ? lastSpeaker : people.lastBefore(q.start());
            }
            if (a == null) {
                boolean continuation = q.continuesPrevious() || lastSpeaker != null && recent(body, lastQuoteEnd, q.start());
                if (!continuation && words < MIN_UNATTRIBUTED_WORDS) {
                    continue; // a scare quote or a title, not a quotation
                }
                if (continuation) {
                    speaker = lastSpeaker;
                }
            }
            if (words < 2) {
                continue;
            }
            String inner = commaBeforeNextLine ? body.substring(innerStart, innerEnd - 2) + "\u0085" : body.substring(innerStart, innerEnd);
            out.add(new Quote(inner, speaker, q.start(), q.end(), attributionText));
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            lastQuoteEnd = q.end();
        }
        return out;
    }

    /** How many words {@code \\s+} splits the text between the offsets into (0 for none): its runs of non-\\s chars. */
    static int wordsBetween(String body, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int k = start; k < end; k++) {
            boolean space = isRegexSpace(body.charAt(k));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** \\s of java.util.regex: space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text between two offsets holds at most one sentence break and one paragraph break. */
    static boolean recent(String body, int previousEnd, int start) {
        if (previousEnd < 0 || start < previousEnd) {
            return false;
        }
        return start - previousEnd < 400 && !containsTripleNewline(body, previousEnd, start)
                && sentenceBreakSplits(body, previousEnd, start) - 1 <= 2;
    }

    private static boolean containsTripleNewline(String body, int from, int to) {
        int run = 0;
        for (int k = from; k < to; k++) {
            run = body.charAt(k) == '\n' ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of strings {@code Pattern.compile("[.!?][\"\u201D]?\\s").split(between)} returns, counted
     * in place: the pieces around the breaks, without the empty pieces at the end that split drops.
     */
    static int sentenceBreakSplits(String body, int from, int to) {
        int breaks = 0;
        int pieceStart = from;
        int kept = 0; // pieces up to and including the last non-empty one
        int k = from;
        while (k < to) {
            char c = body.charAt(k);
            int end = -1;
            if (c == '.' || c == '!' || c == '?') {
                if (k + 2 < to && (body.charAt(k + 1) == '"' || body.charAt(k + 1) == '\u201D') && isRegexSpace(body.charAt(k + 2))) {
                    end = k + 3;
                } else if (k + 1 < to && isRegexSpace(body.charAt(k + 1))) {
                    end = k + 2;
                }
            }
            if (end < 0) {
                k++;
                continue;
            }
            breaks++;
            if (k > pieceStart) {
                kept = breaks; // the piece before this break (number breaks - 1, counted from 0) is not empty
            }
            pieceStart = end;
            k = end;
        }
        if (breaks == 0) {
            return 1;
        }
        return to > pieceStart ? breaks + 1 : kept;
    }

}
