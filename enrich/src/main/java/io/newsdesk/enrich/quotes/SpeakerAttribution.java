package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordList;

/**
 * Who said a quotation, as written next to it in the same paragraph: after the closing mark up to the end of
 * the sentence ({@code "...," said X}, {@code "...," X told NPR}, {@code "...," he said}, {@code "...," the coach
 * added}), else before the opening mark in the same sentence ({@code X said: "..."}, {@code According to X,
 * "..."}, and a partial quotation's sentence: {@code X called the ruling "deeply flawed"}). An attribution needs
 * a verb of saying, except a partial quotation's, whose speaker is its sentence's subject. The speaker is read
 * from the words next to the verb ({@link AttributionPhrase}): a name, a pronoun or a role phrase ("the
 * Conservative leader") that {@link SpeakerResolution} resolves, or nobody ("police said"). After a quotation
 * that ends a sentence, an attribution starts with a lower-case word or soon has its verb ({@code "We won."
 * Smith said}); otherwise the next sentence is not one.
 */
public final class SpeakerAttribution {
    static final CaselessWordSet ATTRIBUTION_VERBS = CaselessWordSet.of(WordList.set("/lexicon/quotes/attribution-verbs.txt"));
    /** How far an attribution reaches, in tokens, after and before the quotation. */
    private static final int AFTER = 14;
    private static final int BEFORE = 40;
    /** How close to a capitalised word after a full stop the verb must come ("Smith said"). */
    private static final int VERB_WITHIN = 4;

    /** What kind of speaker an attribution names. */
    enum Kind { NAME, PRONOUN, ROLE, NONE }

    /**
     * The attribution of a quotation.
     *
     * @param kind     a name, a pronoun, a role phrase or nobody named (an organisation, a group)
     * @param run      the name, for {@link Kind#NAME}
     * @param from     first token of the speaker's words (the pronoun or the role phrase)
     * @param to       end (exclusive) of the speaker's words
     * @param text     the attribution's words as written, or null
     * @param spoken   a verb of saying is written (not only a partial quotation's sentence subject)
     */
    record Attribution(Kind kind, NameRuns.Run run, int from, int to, String text, boolean spoken) {
        boolean pronoun() {
            return kind == Kind.PRONOUN;
        }
    }

    /** The attribution of quotation {@code q}, or null when none is written next to it. */
    Attribution of(AnalyzedText analyzed, Quotation q, NameRuns names) {
        String body = analyzed.text();
        Attribution after = null;
        int closing = Math.min(body.length(), q.end() + 1);
        int first = analyzed.tokenAt(closing);
        int limit = Math.min(analyzed.size(), first + AFTER);
        if (first < analyzed.size() && q.end() > 0) {
            // an attribution never crosses into the next paragraph
            int paragraph = analyzed.paragraphOf(Math.max(0, analyzed.tokenAt(q.end()) - 1));
            limit = Math.min(limit, analyzed.paragraphs().get(paragraph).to());
        }
        int stop = first;
        int verb = -1;
        while (stop < limit) {
            Token t = analyzed.token(stop);
            if (endsAttribution(t.text())) {
                break;
            }
            if (verb < 0 && ATTRIBUTION_VERBS.contains(t.text())) {
                verb = stop;
            }
            stop++;
        }
        if (verb >= 0 && (!endsSentence(body, q) || startsLowerOrVerb(analyzed, first))) {
            after = new AttributionPhrase(analyzed, names).read(first, stop, verb);
            if (after.kind() != Kind.NONE) {
                return after;
            }
        }
        int open = analyzed.tokenAt(q.start()) - 1;
        int from = open;
        verb = -1;
        int paragraphStart = open >= 0 ? analyzed.paragraphs().get(analyzed.paragraphOf(open)).from() : 0;
        while (from - 1 >= paragraphStart && open - from < BEFORE) {
            String t = analyzed.token(from - 1).text();
            if (t.equals(".") || isMark(t) || t.equals("!") || t.equals("?")) {
                break;
            }
            if (ATTRIBUTION_VERBS.contains(t)) {
                verb = from - 1;
            }
            from--;
        }
        Attribution before = null;
        if (verb >= 0 && from < open) {
            before = new AttributionPhrase(analyzed, names).read(from, open, verb);
        } else if (open - from >= 2) {
            // a partial quotation inside a sentence: the sentence's subject said it
            before = new AttributionPhrase(analyzed, names).subject(from, open);
        }
        if (before != null && before.kind() != Kind.NONE) {
            return before;
        }
        return after != null ? after : before;
    }

    /**
     * For a quotation that opens its paragraph with no attribution of its own: the speaker whose words the
     * paragraph before reports at its end ("Ann Lee, the county's health secretary, said the age group had been
     * chosen because ..."), the newspaper way to introduce a quotation of one or more paragraphs; else null.
     */
    Attribution introducedBefore(AnalyzedText analyzed, Quotation q, NameRuns names) {
        int open = analyzed.tokenAt(q.start()) - 1;
        if (open <= 0) {
            return null;
        }
        int p = analyzed.paragraphOf(open);
        if (p == 0 || analyzed.paragraphs().get(p).from() != open) {
            return null;
        }
        AnalyzedText.Span before = analyzed.paragraphs().get(p - 1);
        AnalyzedText.Span sentence = analyzed.sentences().get(analyzed.sentenceOf(before.to() - 1));
        for (int k = sentence.from(); k < sentence.to(); k++) {
            String t = analyzed.token(k).text();
            if (isMark(t)) {
                return null; // a quotation of its own there: its speaker is the previous speaker already
            }
            if (ATTRIBUTION_VERBS.contains(t)) {
                Attribution a = new AttributionPhrase(analyzed, names).read(sentence.from(), sentence.to(), k);
                return a.kind() == Kind.NONE ? null : a;
            }
        }
        return null;
    }

    private static boolean endsAttribution(String t) {
        return t.equals(".") || isMark(t) || t.equals(";") || t.equals("!") || t.equals("?");
    }

    static boolean isMark(String t) {
        return t.length() == 1 && QuotationMarks.isMark(t.charAt(0));
    }

    private static boolean endsSentence(String body, Quotation q) {
        int end = q.end();
        while (end > q.start() && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end == q.start()) {
            return false;
        }
        char last = body.charAt(end - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean startsLowerOrVerb(AnalyzedText analyzed, int i) {
        if (i >= analyzed.size()) {
            return false;
        }
        Token t = analyzed.token(i);
        if (!t.isCapitalized()) {
            return true;
        }
        for (int k = i; k < Math.min(analyzed.size(), i + VERB_WITHIN); k++) {
            if (ATTRIBUTION_VERBS.contains(analyzed.token(k).text())) {
                return true;
            }
        }
        return false;
    }
}
