package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.Mention;
import java.util.regex.Pattern;

/**
 * Who said a quotation, from the attribution next to it in the same paragraph: after the closing mark up
 * to the end of the sentence ({@code "...," said X}, {@code "...," X told NPR}, {@code "...," he said}), else
 * before the opening mark in the same sentence ({@code X said: "..."}, {@code According to X, "..."}). An
 * attribution needs a verb of saying; its speaker is a person mentioned in it, else a pronoun (resolved by
 * {@link QuoteEnricher} to the last person quoted or named), else nobody (an organisation or a group,
 * "police said"). After a quotation that ends a sentence, an attribution starts with a lower-case word or
 * soon has its verb ({@code "We won." Smith said}); otherwise the next sentence is not one.
 */
public final class SpeakerAttribution {
    private static final CaselessWordSet ATTRIBUTION_VERBS = CaselessWordSet.of(WordList.set("/lexicon/quotes/attribution-verbs.txt"));
    private static final CaselessWordSet PRONOUNS = CaselessWordSet.of(WordList.set("/lexicon/quotes/pronouns.txt"));
    /** How far an attribution reaches, in tokens, after and before the quotation. */
    private static final int AFTER = 14;
    private static final int BEFORE = 16;
    /** How close to a capitalised word after a full stop the verb must come ("Smith said"). */
    private static final int VERB_WITHIN = 4;
    // Only for the attribution text of an attribution without a named person (rare): its "$" also matches
    // before a final line terminator, which a hand-written trim would have to copy.
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,\\s]+|[,:\\s]+$");

    /**
     * The attribution of a quotation.
     *
     * @param speaker the person's name, or null (a pronoun, or no person)
     * @param text    the attribution's words as written
     * @param pronoun the speaker is a pronoun, to be resolved by the caller
     */
    record Attribution(String speaker, String text, boolean pronoun) {
    }

    /** The attribution of quotation {@code q}, or null when none is written next to it. */
    Attribution of(AnalyzedText analyzed, Quotation q, PeopleMentions people) {
        String body = analyzed.text();
        int closing = Math.min(body.length(), q.end() + 1);
        int after = analyzed.tokenAt(closing);
        int limit = Math.min(analyzed.size(), after + AFTER);
        if (after < analyzed.size() && q.end() > 0) {
            // an attribution never crosses into the next paragraph
            int paragraph = analyzed.paragraphOf(Math.max(0, analyzed.tokenAt(q.end()) - 1));
            limit = Math.min(limit, analyzed.paragraphs().get(paragraph).to());
        }
        int stop = after;
        boolean verb = false;
        while (stop < limit) {
            String t = analyzed.token(stop).text();
            if (t.equals(".") || t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals(";") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (ATTRIBUTION_VERBS.contains(t)) {
                verb = true;
            }
            stop++;
        }
        if (verb && stop > after && (!endsSentence(body, q) || startsLowerOrVerb(analyzed, after))) {
            Attribution a = speakerIn(analyzed, after, stop, people);
            if (a != null) {
                return a;
            }
        }
        int open = analyzed.tokenAt(q.start()) - 1;
        int from = open;
        verb = false;
        int paragraphStart = open >= 0 ? analyzed.paragraphs().get(analyzed.paragraphOf(open)).from() : 0;
        while (from - 1 >= paragraphStart && open - from < BEFORE) {
            String t = analyzed.token(from - 1).text();
            if (t.equals(".") || t.equals("\"") || t.equals("\u201D") || t.equals("\u201C") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (ATTRIBUTION_VERBS.contains(t)) {
                verb = true;
            }
            from--;
        }
        if (verb && from < open) {
            return speakerIn(analyzed, from, open, people);
        }
        return null;
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

    /** The speaker written in tokens [fromToken, toToken): a person mentioned there, else a pronoun, else nobody. */
    private static Attribution speakerIn(AnalyzedText analyzed, int fromToken, int toToken, PeopleMentions people) {
        String body = analyzed.text();
        int start = analyzed.token(fromToken).start();
        int end = analyzed.token(toToken - 1).end();
        int person = people.firstWithin(start, end);
        if (person >= 0) {
            Mention m = people.mention(person);
            // the attribution ends with the speaker's name or the speech verb, whichever is later
            int verbEnd = start;
            for (int k = fromToken; k < toToken; k++) {
                if (ATTRIBUTION_VERBS.contains(analyzed.token(k).text())) {
                    verbEnd = Math.max(verbEnd, analyzed.token(k).end());
                    break;
                }
            }
            int stop = Math.max(m.getEnd(), verbEnd);
            // what ^[,\\s]+ leaves: the leading commas and whitespace skipped
            int textStart = start;
            while (textStart < stop && (body.charAt(textStart) == ',' || QuoteEnricher.isRegexSpace(body.charAt(textStart)))) {
                textStart++;
            }
            return new Attribution(people.name(person), body.substring(textStart, stop), false);
        }
        String words = EDGE_PUNCTUATION.matcher(body.substring(start, end)).replaceAll("");
        for (int k = fromToken; k < toToken; k++) {
            if (PRONOUNS.contains(analyzed.token(k).text())) {
                return new Attribution(null, words, true);
            }
        }
        return new Attribution(null, words, false);
    }
}
