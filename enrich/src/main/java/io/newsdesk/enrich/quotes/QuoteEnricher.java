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
 * speaker, so it runs after the entity enricher (whose mentions tell people from organisations and places).
 * The attribution next to a quotation ({@link SpeakerAttribution}) names the speaker, a pronoun or a role
 * phrase, which {@link SpeakerResolution} turns into the person's canonical name. A quotation over several
 * paragraphs is one quotation whose attribution may stand after any of its parts. A quotation without an
 * attribution continues the words of the speaker quoted just before (in the next sentence or paragraph); a
 * short one that does not is a scare quote or a title ("bold", "dead end"), not a quotation.
 */
public final class QuoteEnricher implements Enricher {
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    private static final int MIN_PARTIAL_WORDS = 3;

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
        List<Quotation> found = marks.find(body);
        if (found.isEmpty()) {
            return List.of();
        }
        NameRuns names = new NameRuns(analyzed, new PeopleMentions(entities), found);
        SpeakerResolution resolution = new SpeakerResolution(analyzed, names);
        SpeakerAttribution.Attribution[] attributions = new SpeakerAttribution.Attribution[found.size()];
        for (int i = 0; i < found.size(); i++) {
            attributions[i] = attribution.of(analyzed, found.get(i), names);
        }
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastQuoteEnd = -1;
        int i = 0;
        while (i < found.size()) {
            // a quotation over several paragraphs is one: its parts continue the first
            int chainEnd = i + 1;
            while (chainEnd < found.size() && found.get(chainEnd).continuesPrevious()) {
                chainEnd++;
            }
            Quotation first = found.get(i);
            SpeakerAttribution.Attribution a = chainAttribution(attributions, i, chainEnd);
            if (a == null) {
                a = attribution.introducedBefore(analyzed, first, names);
            }
            StringBuilder inner = new StringBuilder();
            int words = 0;
            for (int k = i; k < chainEnd; k++) {
                Quotation part = found.get(k);
                int innerStart = part.start();
                int innerEnd = part.end();
                while (innerStart < innerEnd && Character.isWhitespace(body.charAt(innerStart))) {
                    innerStart++;
                }
                while (innerEnd > innerStart && Character.isWhitespace(body.charAt(innerEnd - 1))) {
                    innerEnd--;
                }
                if (inner.length() > 0 && innerEnd > innerStart) {
                    inner.append("\n\n");
                }
                inner.append(body, innerStart, innerEnd);
                words += wordsBetween(body, innerStart, innerEnd);
            }
            Quotation last = found.get(chainEnd - 1);
            i = chainEnd;
            String previous = lastSpeaker != null && recent(body, lastQuoteEnd, first.start()) ? lastSpeaker : null;
            String speaker = null;
            if (a != null && !a.spoken() && words < MIN_PARTIAL_WORDS) {
                continue; // one or two words in a sentence: scare quotes ("a 'dead end'"), not a quotation
            }
            if (a != null) {
                speaker = resolution.speaker(a, analyzed.tokenAt(first.start()), previous);
            } else {
                boolean continuation = first.continuesPrevious() || previous != null;
                if (!continuation && words < MIN_UNATTRIBUTED_WORDS) {
                    continue; // a scare quote or a title, not a quotation
                }
                speaker = previous != null ? previous : first.continuesPrevious() ? lastSpeaker : null;
            }
            if (words < 2) {
                continue;
            }
            out.add(new Quote(inner.toString(), speaker, first.start(), last.end(), a == null ? null : a.text()));
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            lastQuoteEnd = last.end();
        }
        return out;
    }

    /** The first attribution naming somebody among a quotation's parts [from, to), else the first one at all. */
    private static SpeakerAttribution.Attribution chainAttribution(SpeakerAttribution.Attribution[] attributions, int from, int to) {
        SpeakerAttribution.Attribution any = null;
        for (int k = from; k < to; k++) {
            SpeakerAttribution.Attribution a = attributions[k];
            if (a != null && a.kind() != SpeakerAttribution.Kind.NONE) {
                return a;
            }
            if (any == null) {
                any = a;
            }
        }
        return any;
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
