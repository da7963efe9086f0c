package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.quotes.SpeakerAttribution.Attribution;
import io.newsdesk.enrich.quotes.SpeakerAttribution.Kind;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.WordList;

/**
 * Reads the speaker from an attribution's words around its verb of saying. The subject before the verb comes
 * first: a pronoun or a name right before it ({@code Smith said}, {@code he later added}), a role phrase
 * ({@code the county prosecutor said}), else the head of an appositive ({@code Smith, the county prosecutor,
 * said}: the first name, not a word of the appositive; a possessive is no speaker: {@code Smith's lawyer, Ann
 * Lee, said}). Then the words after the verb ({@code said coach Ann Lee, the ...}), except after a verb whose
 * object is the listener ({@code told reporters}) and after "said of", whose object is who the quotation is about.
 */
final class AttributionPhrase {
    private static final CaselessWordSet PRONOUNS = CaselessWordSet.of(WordList.set("/lexicon/quotes/pronouns.txt"));
    private static final CaselessWordSet DETERMINERS = CaselessWordSet.of(WordList.words("/lexicon/quotes/determiners.txt"));
    private static final CaselessWordSet ADVERBS = CaselessWordSet.of(WordList.words("/lexicon/quotes/attribution-adverbs.txt"));
    private static final CaselessWordSet ROLE_MODIFIERS = CaselessWordSet.of(WordList.words("/lexicon/quotes/role-modifiers.txt"));
    private static final CaselessWordSet LISTENER_VERBS = CaselessWordSet.of(WordList.words("/lexicon/quotes/listener-verbs.txt"));
    /** How far after the verb the speaker may be named ("said Pampas captain Ann Lee"). */
    private static final int OBJECT_REACH = 10;

    private final AnalyzedText text;
    private final NameRuns names;

    AttributionPhrase(AnalyzedText text, NameRuns names) {
        this.text = text;
        this.names = names;
    }

    /** The attribution in tokens [from, to) with its verb at {@code verb}. */
    Attribution read(int from, int to, int verb) {
        Attribution a = subjectBefore(from, verb, to);
        if (a == null && !LISTENER_VERBS.contains(text.token(verb).text())) {
            a = objectAfter(verb + 1, to, from);
        }
        return a != null ? a : new Attribution(Kind.NONE, null, from, from, words(from, to), true);
    }

    /**
     * The subject of a sentence holding a partial quotation, tokens [from, to) before it, without a verb of
     * saying: a person named (not as an object), a pronoun, a role phrase opening the sentence ("The President
     * called the deal 'a step'"), else a group or an institution ("Police described him as ...").
     */
    Attribution subject(int from, int to) {
        NameRuns.Run run = firstPerson(from, to);
        if (run != null) {
            return new Attribution(Kind.NAME, run, run.from(), run.to(), words(from, run.rawTo()), false);
        }
        for (int k = from; k < to; k++) {
            if (PRONOUNS.contains(text.token(k).text())) {
                return text.token(k).is("they") ? new Attribution(Kind.NONE, null, k, k, words(from, k + 1), false)
                        : new Attribution(Kind.PRONOUN, null, k, k + 1, words(from, k + 1), false);
            }
        }
        int k = firstWord(from, to);
        int e = k + 1;
        while (e < to && (text.isWord(e) || isPossessiveMark(e)) && !functionWord(e) && !text.token(e).text().endsWith("ed")) {
            e++;
        }
        if (k < to && DETERMINERS.contains(text.token(k).text()) && e > k + 1 || e > k + 1 && hasPossessive(k, e)) {
            return new Attribution(Kind.ROLE, null, k, e, words(from, e), false);
        }
        return new Attribution(Kind.NONE, null, from, from, null, false);
    }

    private boolean hasPossessive(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isPossessiveMark(k)) {
                return true;
            }
        }
        return false;
    }

    private Attribution subjectBefore(int from, int verb, int to) {
        int k = verb - 1;
        while (k >= from && isAdverb(k)) {
            k--;
        }
        // "Smith, 29, said": the age between commas
        if (k - 2 >= from && text.token(k).text().equals(",") && text.isNumber(k - 1) && text.token(k - 2).text().equals(",")) {
            k -= 3;
        }
        if (k < from) {
            return null;
        }
        if (PRONOUNS.contains(text.token(k).text())) {
            return pronoun(k, from, verb + 1);
        }
        NameRuns.Run run = names.runAt(k);
        if (run != null && run.rawTo() == k + 1 && !run.possessive() && names.isPerson(run, false)) {
            return new Attribution(Kind.NAME, run, run.from(), run.to(), words(from, verb + 1), true);
        }
        // "the Conservative leader said", "Saxony's Economy Minister said": a role phrase, if no function word is in it
        int j = k;
        boolean possessive = false;
        while (j >= from && (text.isWord(j) || isPossessiveMark(j)) && !DETERMINERS.contains(text.token(j).text())) {
            possessive |= isPossessiveMark(j);
            if (!isPossessiveMark(j) && functionWord(j)) {
                break;
            }
            j--;
        }
        if (j >= from && DETERMINERS.contains(text.token(j).text()) && j < k || j < from && possessive) {
            return new Attribution(Kind.ROLE, null, Math.max(j, from), k + 1, words(from, verb + 1), true);
        }
        run = firstPerson(from, verb);
        if (run != null) {
            return new Attribution(Kind.NAME, run, run.from(), run.to(), words(from, verb + 1), true);
        }
        return null;
    }

    private Attribution objectAfter(int from, int to, int attributionFrom) {
        int k = from;
        if (k < to && text.token(k).is("of")) {
            return null; // "said of Smith": Smith is who the quotation is about
        }
        if (k < to && text.token(k).is("to")) {
            k++; // "according to"
        }
        while (k < to && isAdverb(k)) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        if (PRONOUNS.contains(text.token(k).text())) {
            return pronoun(k, attributionFrom, k + 1);
        }
        int end = Math.min(to, k + OBJECT_REACH);
        NameRuns.Run chosen = null;
        for (int i = k; i < end; i++) {
            NameRuns.Run run = names.runAt(i);
            if (run != null && run.rawFrom() == i && !run.possessive() && names.isPerson(run, false)) {
                chosen = run;
                // "said Pampas captain Ann Lee": a team's or a place's name, a role word, then the name
                NameRuns.Run next = nextRun(run.rawTo(), Math.min(end, run.rawTo() + 3));
                if (next != null && names.isPerson(next, false) && !next.possessive()) {
                    chosen = next;
                }
                break;
            }
            if (i > k && text.token(i).text().equals(",") && chosen == null && i + 1 < end && names.runAt(i + 1) == null) {
                break; // "said the company, which ...": past the first clause there is no speaker
            }
        }
        if (chosen != null) {
            return new Attribution(Kind.NAME, chosen, chosen.from(), chosen.to(), words(attributionFrom, chosen.to()), true);
        }
        if (DETERMINERS.contains(text.token(k).text())) {
            int e = k + 1;
            while (e < to && text.isWord(e) && !functionWord(e)) {
                e++;
            }
            if (e > k + 1 && (e == to || !text.isWord(e))) {
                return new Attribution(Kind.ROLE, null, k, e, words(attributionFrom, e), true);
            }
        }
        return null;
    }

    private Attribution pronoun(int k, int from, int end) {
        if (text.token(k).is("they")) {
            return null; // a group: nobody named
        }
        return new Attribution(Kind.PRONOUN, null, k, k + 1, words(from, Math.max(end, k + 1)), true);
    }

    private NameRuns.Run nextRun(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!text.isWord(i) || text.isCapitalizedWord(i) && names.runAt(i) == null) {
                return null;
            }
            NameRuns.Run run = names.runAt(i);
            if (run != null) {
                return run;
            }
        }
        return null;
    }

    /**
     * The first run in tokens [from, to) that names a person and is not a possessive, not after a verb in the
     * past tense (its object: "Police described one of them, Ann Lee"), not a team's or a place's name before a
     * role word ("Costa Azul coach Ann Lee"); or null.
     */
    private NameRuns.Run firstPerson(int from, int to) {
        for (int i = from; i < to; i++) {
            NameRuns.Run run = names.runAt(i);
            if (run == null) {
                String t = text.token(i).text();
                if (text.isWord(i) && !text.token(i).isCapitalized() && (t.endsWith("ed") || SpeakerAttribution.ATTRIBUTION_VERBS.contains(t))) {
                    return null;
                }
                continue;
            }
            if (run.rawFrom() >= from && !run.possessive() && !run.quoted() && names.isPerson(run, true)) {
                return run;
            }
            i = run.rawTo() - 1;
        }
        return null;
    }

    private int firstWord(int from, int to) {
        int k = from;
        while (k < to && !text.isWord(k)) {
            k++;
        }
        return k;
    }

    private boolean isAdverb(int k) {
        String t = text.token(k).text();
        return text.isWord(k) && !text.token(k).isCapitalized() && (ADVERBS.contains(t) || t.length() > 4 && t.endsWith("ly"));
    }

    /** A function word that cannot stand inside a role phrase ("former" can: "the former prosecutor"). */
    private boolean functionWord(int k) {
        return text.stopWord(k) && !ROLE_MODIFIERS.contains(text.token(k).text());
    }

    private boolean isPossessiveMark(int k) {
        String t = text.token(k).text();
        return t.equals("'s") || t.equals("\u2019s");
    }

    /** The attribution's words from token {@code from} to the end of token {@code to - 1}, without edge commas. */
    private String words(int from, int to) {
        while (from < to && !text.isWord(from)) {
            from++;
        }
        while (to > from && text.token(to - 1).text().equals(",")) {
            to--;
        }
        return text.slice(from, to);
    }
}
