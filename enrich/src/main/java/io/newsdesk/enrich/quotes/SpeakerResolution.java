package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.quotes.SpeakerAttribution.Attribution;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.WordList;

/**
 * Turns an attribution into the speaker's canonical name. A name stands for its fullest form ({@link NameRuns}).
 * A pronoun is the person the paragraph is about (its first person named before the quotation, not a
 * possessive: "Ann Lee praised the bench. '...,' she said"), else the speaker quoted just before, else the last
 * person named. A role phrase ("the coach added", "the 25-year-old said") is the person introduced with that
 * role or age ("coach Ann Lee", "Lee, 25,"), else the paragraph's person; an unnamed office-holder ("the Health
 * Secretary said"), a group or an institution ("the company said", "a witness said") is nobody named.
 */
final class SpeakerResolution {
    private static final CaselessWordSet GROUPS = CaselessWordSet.of(WordList.words("/lexicon/quotes/group-speakers.txt"));
    private static final CaselessWordSet OFFICES = CaselessWordSet.of(WordList.words("/lexicon/quotes/offices.txt"));
    /** How far from a name a role word may stand to introduce it ("Their head coach, Ann Lee"; "Lee, the coach"). */
    private static final int ROLE_BEFORE = 4;
    private static final int ROLE_AFTER = 10;

    private final AnalyzedText text;
    private final NameRuns names;

    SpeakerResolution(AnalyzedText text, NameRuns names) {
        this.text = text;
        this.names = names;
    }

    /**
     * The speaker of attribution {@code a} of a quotation opening at token {@code quote}; {@code previous} is the
     * speaker quoted just before, when recently.
     */
    String speaker(Attribution a, int quote, String previous) {
        int offset = quote < text.size() ? text.token(quote).start() : text.text().length();
        switch (a.kind()) {
            case NAME:
                return names.canonical(a.run(), offset);
            case PRONOUN:
                return firstNonNull(paragraphPerson(quote), paragraphRole(quote), firstNonNull(previous, lastNamed(quote), null));
            case ROLE:
                return role(a.from(), a.to(), quote, previous);
            default:
                return null;
        }
    }

    private String role(int from, int to, int quote, String previous) {
        if (text.token(from).is("a") || text.token(from).is("an")) {
            return null; // "a witness said": somebody not named
        }
        int head = to - 1;
        if (GROUPS.contains(text.token(head).text())) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (text.token(k).text().equals("'s") || text.token(k).text().equals("\u2019s")) {
                return null; // "the Premier's office said": an institution
            }
        }
        String age = age(from, to);
        String introduced = age != null ? introduced(age, quote) : null;
        if (introduced != null) {
            return introduced;
        }
        boolean office = OFFICES.contains(text.token(head).text());
        if (office && text.token(head).isCapitalized()) {
            // "The Finance Minister said": the office-holder named as such before, else nobody named
            return introduced(text.token(head).text(), quote);
        }
        String paragraph = paragraphPerson(quote);
        if (paragraph != null) {
            return paragraph;
        }
        introduced = introduced(text.token(head).text(), quote);
        if (introduced != null) {
            return introduced;
        }
        if (office) {
            return null; // "the mayor told reporters", a mayor the story never names
        }
        return firstNonNull(previous, lastNamed(quote), null);
    }

    /** "25" of "the 25-year-old striker", or null. */
    private String age(int from, int to) {
        for (int k = from; k < to; k++) {
            String t = text.token(k).text();
            int dash = t.indexOf('-');
            if (dash > 0 && text.isNumber(k) && t.regionMatches(true, dash, "-year-old", 0, 9)) {
                return t.substring(0, dash);
            }
        }
        return null;
    }

    /**
     * The person introduced with {@code word} (a role or an age) nearest before the quotation: the word among the
     * name's titles, a few words before it, or in the appositive after it in the same sentence.
     */
    private String introduced(String word, int quote) {
        NameRuns.Run best = null;
        for (NameRuns.Run r : names.runs()) {
            if (r.rawFrom() >= quote) {
                break;
            }
            if (r.quoted() || r.possessive() || !names.isPerson(r, false)) {
                continue;
            }
            if (near(word, r, quote)) {
                best = r;
            }
        }
        return best == null ? null : names.canonical(best, text.token(quote < text.size() ? quote : text.size() - 1).start());
    }

    private boolean near(String word, NameRuns.Run r, int quote) {
        if (Character.isDigit(word.charAt(0))) {
            return r.rawTo() + 1 < text.size() && text.token(r.rawTo()).text().equals(",") && text.token(r.rawTo() + 1).text().equals(word)
                    || nearAge(word, r, quote);
        }
        for (int k = r.rawFrom(); k < r.from(); k++) {
            if (matches(k, word)) {
                return true; // among the name's titles: "Chief Magistrate Ann Lee"
            }
        }
        int sentence = text.sentenceOf(r.rawFrom());
        int from = Math.max(text.sentences().get(sentence).from(), r.rawFrom() - ROLE_BEFORE);
        for (int k = r.rawFrom() - 1; k >= from; k--) {
            if (otherPerson(k, r)) {
                break; // the words before the name before describe that one
            }
            if (matches(k, word)) {
                return true;
            }
        }
        int to = Math.min(Math.min(quote, text.sentences().get(sentence).to()), r.rawTo() + ROLE_AFTER);
        for (int k = r.rawTo(); k < to; k++) {
            if (otherPerson(k, r)) {
                return false; // the words after the next name describe that one
            }
            if (matches(k, word)) {
                return true;
            }
        }
        return false;
    }

    private boolean otherPerson(int k, NameRuns.Run r) {
        NameRuns.Run other = names.runAt(k);
        return other != null && other != r && names.isPerson(other, true);
    }

    private boolean nearAge(String word, NameRuns.Run r, int quote) {
        String token = word + "-year-old";
        int sentence = text.sentenceOf(r.rawFrom());
        int from = Math.max(text.sentences().get(sentence).from(), r.rawFrom() - ROLE_BEFORE);
        int to = Math.min(Math.min(quote, text.sentences().get(sentence).to()), r.rawTo() + ROLE_AFTER);
        for (int k = from; k < to; k++) {
            if (text.token(k).text().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int k, String word) {
        return text.token(k).text().equalsIgnoreCase(word);
    }

    /**
     * The person the quotation's paragraph is about at that point: the first person named (outside quotations,
     * not a possessive) in the nearest sentence before the quotation, within the paragraph, that names one.
     */
    String paragraphPerson(int quote) {
        if (quote >= text.size()) {
            return null;
        }
        AnalyzedText.Span p = text.paragraphs().get(text.paragraphOf(quote));
        for (int s = text.sentenceOf(quote); s >= 0 && text.sentences().get(s).to() > p.from(); s--) {
            AnalyzedText.Span sentence = text.sentences().get(s);
            for (int k = Math.max(sentence.from(), p.from()); k < Math.min(sentence.to(), quote); k++) {
                NameRuns.Run r = names.runAt(k);
                if (r == null) {
                    continue;
                }
                if (r.rawFrom() == k && !r.quoted() && !r.possessive() && names.isPerson(r, true)) {
                    return names.canonical(r, text.token(quote).start());
                }
                k = r.rawTo() - 1;
            }
        }
        return null;
    }

    /**
     * The person a paragraph that opens with a role phrase is about ("The surgeon was more cautious. '...,' she
     * said"): the person introduced with that role, or null.
     */
    private String paragraphRole(int quote) {
        if (quote >= text.size()) {
            return null;
        }
        AnalyzedText.Span p = text.paragraphs().get(text.paragraphOf(quote));
        int k = p.from();
        if (k >= quote || !text.token(k).is("the")) {
            return null;
        }
        int e = k + 1;
        while (e < quote && text.isWord(e) && !text.stopWord(e) && !SpeakerAttribution.ATTRIBUTION_VERBS.contains(text.token(e).text())) {
            e++;
        }
        // the phrase's head is its last word before the verb; a verb form in -ed or -s ends the phrase too
        int head = e - 1;
        while (head > k + 1 && (text.token(head).text().endsWith("ed") || text.token(head).text().endsWith("s"))) {
            head--;
        }
        return head > k && !GROUPS.contains(text.token(head).text()) ? introduced(text.token(head).text(), quote) : null;
    }

    /** The last person named before the quotation, outside quotations. */
    String lastNamed(int quote) {
        NameRuns.Run last = null;
        for (NameRuns.Run r : names.runs()) {
            if (r.rawFrom() >= quote) {
                break;
            }
            if (!r.quoted() && names.isPerson(r, true)) {
                last = r;
            }
        }
        return last == null ? null : names.canonical(last, text.token(Math.min(quote, text.size() - 1)).start());
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
