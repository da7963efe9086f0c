package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of capitalised words of a text that may name a person, and the name each stands for. A speaker is
 * written as the entity recognition may not have typed it ("said Pampas captain Joaquín Ruiz", "Ruiz
 * told reporters"), so the quotation finder reads names itself: titles before a name are not part of it ("Dr",
 * "Chief Executive"), and a surname or a shorter form stands for the fullest form of the same name written in the
 * text, the one introduced last before the quotation (else the first after it) — the evaluation's canonical name.
 * Entity mentions decide whether a run is a person, an organisation or a place where the recognition knows.
 */
final class NameRuns {
    private static final CaselessWordSet TITLES = CaselessWordSet.of(WordList.words("/lexicon/quotes/name-titles.txt"));
    private static final CaselessWordSet SUFFIXES = CaselessWordSet.of(WordList.words("/lexicon/quotes/name-suffixes.txt"));
    private static final CaselessWordSet PARTICLES = CaselessWordSet.of(WordList.words("/lexicon/quotes/name-particles.txt"));
    private static final CaselessWordSet OFFICE_HEADS = CaselessWordSet.of(WordList.words("/lexicon/quotes/office-heads.txt"));
    private static final CaselessWordSet ROLE_NOUNS = CaselessWordSet.of(WordList.words("/lexicon/quotes/role-nouns.txt"));
    private static final CaselessWordSet PLACE_PREPOSITIONS = CaselessWordSet.of(WordList.words("/lexicon/quotes/place-prepositions.txt"));
    private static final CaselessWordSet CALENDAR = CaselessWordSet.of(WordList.words("/lexicon/months-and-weekdays.txt"));
    private static final CaselessWordSet ORG_WORDS = CaselessWordSet.of(WordList.words("/lexicon/quotes/org-name-words.txt"));

    /**
     * A run of capitalised words: all of it [rawFrom, rawTo) and the name in it [from, to) (tokens), without
     * titles and suffixes; possessive when "'s" follows ("Qureshi's lawyer"), quoted when inside a quotation.
     */
    record Run(int rawFrom, int rawTo, int from, int to, boolean possessive, boolean quoted) {
        int size() {
            return to - from;
        }
    }

    private final AnalyzedText text;
    private final PeopleMentions mentions;
    private final List<Run> runs = new ArrayList<>();
    /** For each token, the index of the run it is in, or -1. */
    private final int[] runOf;
    private static final byte YES = 1;
    private static final byte NO = 2;
    /** Per run: isPerson strictly, loosely, and whether it is the surname of a fuller name (0 = not worked out yet). */
    private final byte[] strictCache;
    private final byte[] looseCache;
    private final byte[] surnameCache;

    NameRuns(AnalyzedText text, PeopleMentions mentions, List<Quotation> quotations) {
        this.text = text;
        this.mentions = mentions;
        this.runOf = new int[text.size()];
        java.util.Arrays.fill(runOf, -1);
        int q = 0;
        int i = 0;
        while (i < text.size()) {
            if (!text.isCapitalizedWord(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.size()) {
                int next = end;
                while (next < text.size() && next - end < 2 && PARTICLES.contains(text.token(next).text()) && !text.token(next).isCapitalized()) {
                    next++; // "de", "de la", "van der" inside a name
                }
                if (next >= text.size() || !text.isCapitalizedWord(next)) {
                    break;
                }
                end = next + 1;
            }
            int start = text.token(i).start();
            while (q < quotations.size() && quotations.get(q).end() <= start) {
                q++;
            }
            boolean quoted = q < quotations.size() && quotations.get(q).start() <= start;
            add(i, end, quoted);
            i = end;
        }
        strictCache = new byte[runs.size()];
        looseCache = new byte[runs.size()];
        surnameCache = new byte[runs.size()];
    }

    private void add(int rawFrom, int rawTo, boolean quoted) {
        int from = rawFrom;
        for (int k = rawTo - 2; k >= rawFrom; k--) {
            if (TITLES.contains(text.token(k).text())) {
                from = k + 1;
                break;
            }
        }
        while (from < rawTo - 1 && (text.stopWord(from) || otherMention(from))) {
            from++; // a sentence's first word ("But Ruiz said"), a demonym or a place ("Estonian Kristjan Saar")
        }
        while (from < rawTo - 2 && ORG_WORDS.contains(text.token(from).text())) {
            from++; // the end of an office's name before the person's ("Secretary of State Ann Lee")
        }
        int to = rawTo;
        while (to > from + 1 && SUFFIXES.contains(text.token(to - 1).text())) {
            to--;
        }
        if (from == rawTo - 1 && (OFFICE_HEADS.contains(text.token(from).text()) || text.stopWord(from))) {
            to = from; // a title alone ("the Minister") or a function word names nobody
        }
        boolean possessive = rawTo < text.size() && isPossessive(text.token(rawTo).text());
        int index = runs.size();
        runs.add(new Run(rawFrom, rawTo, from, to, possessive, quoted));
        java.util.Arrays.fill(runOf, rawFrom, rawTo, index);
    }

    private boolean otherMention(int k) {
        int start = text.token(k).start();
        int end = text.token(k).end();
        return mentions.otherUnderAnotherName(start, end, text.token(k).text()) && !mentions.personWithin(start, end);
    }

    private static boolean isPossessive(String t) {
        return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019") || t.equals("'S");
    }

    /** The run token i is in, or null. */
    Run runAt(int i) {
        return i < 0 || i >= runOf.length || runOf[i] < 0 ? null : runs.get(runOf[i]);
    }

    List<Run> runs() {
        return runs;
    }

    /**
     * The run may be a person. Strictly: the recognition typed it a person, or it has two or more words and
     * the recognition did not type it otherwise; loosely (next to a verb of saying) one unknown word will do.
     */
    boolean isPerson(Run r, boolean strict) {
        // asked of the same runs for every quotation: worked out once per run and strictness
        int index = runOf[r.rawFrom()];
        byte[] cache = strict ? strictCache : looseCache;
        if (cache[index] == 0) {
            cache[index] = person(r, strict) ? YES : NO;
        }
        return cache[index] == YES;
    }

    private boolean person(Run r, boolean strict) {
        if (r.size() <= 0 || OFFICE_HEADS.contains(text.token(r.to() - 1).text())) {
            return false; // a title alone or an office ("Health Secretary"), not a name
        }
        int start = text.token(r.from()).start();
        int end = text.token(r.to() - 1).end();
        if (!plausible(r) || afterArticle(r) || beforeRoleAndName(r)) {
            return false;
        }
        if (r.size() == 1 && TITLES.contains(text.token(r.from()).text())) {
            return surnameOfFullerName(r); // "Bishop said" after "Lauren Bishop"; else a title ("Minister for Justice")
        }
        if (mentions.personWithin(start, end) || r.from() > r.rawFrom() && TITLES.contains(text.token(r.from() - 1).text())) {
            return true; // typed a person, or written after a person's title ("Senator Ann Lee of the PDP")
        }
        if (mentions.otherWithin(start, end) || afterPlacePreposition(r)) {
            return false;
        }
        if (r.size() >= 2) {
            return true;
        }
        // one word: a surname of a fuller name in the text, or (loosely) a word that is no common one
        if (surnameOfFullerName(r)) {
            return true;
        }
        return !strict && !text.commonWord(r.from()) && !text.sentenceInitial(r.from());
    }

    /** No word of an organisation's or a place's name, no month or weekday, no digits. */
    private boolean plausible(Run r) {
        for (int k = r.from(); k < r.to(); k++) {
            String t = text.token(k).text();
            if (ORG_WORDS.contains(t) || CALENDAR.contains(t)) {
                return false;
            }
            for (int c = 0; c < t.length(); c++) {
                if (Character.isDigit(t.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "the Sea Bears", "The Wexmoor boss": a name does not take the article. */
    private boolean afterArticle(Run r) {
        return r.from() > r.rawFrom() && text.token(r.from() - 1).is("the")
                || r.rawFrom() > 0 && text.token(r.rawFrom() - 1).is("the");
    }

    /** "Harbour coach Ann Lee": a team's or a place's name before a role word and the person's name. */
    private boolean beforeRoleAndName(Run r) {
        int k = r.rawTo();
        return k + 1 < text.size() && ROLE_NOUNS.contains(text.token(k).text()) && !text.token(k).isCapitalized()
                && text.isCapitalizedWord(k + 1);
    }

    /** "On Caye Caulker, ...", "in Port Vila". */
    private boolean afterPlacePreposition(Run r) {
        return r.from() > r.rawFrom() && PLACE_PREPOSITIONS.contains(text.token(r.from() - 1).text())
                || r.rawFrom() > 0 && PLACE_PREPOSITIONS.contains(text.token(r.rawFrom() - 1).text());
    }

    private boolean surnameOfFullerName(Run r) {
        int index = runOf[r.rawFrom()];
        if (surnameCache[index] == 0) {
            surnameCache[index] = fullerNameEndsWith(r) ? YES : NO;
        }
        return surnameCache[index] == YES;
    }

    private boolean fullerNameEndsWith(Run r) {
        for (Run c : runs) {
            if (c.size() >= 2 && c.size() <= 4 && endsWith(c, r) && plausible(c)
                    && !mentions.otherWithin(text.token(c.from()).start(), text.token(c.to() - 1).end())) {
                return true;
            }
        }
        return false;
    }

    /** The run's name as written (titles and suffixes left out). */
    String written(Run r) {
        return text.text().substring(text.token(r.from()).start(), text.token(r.to() - 1).end());
    }

    /**
     * The canonical name of the person the run names, seen from a quotation at {@code offset}: the longest run
     * ending in the same words (or, for a one-word name, starting with it: "Park" for "Park Jun-seo"), the
     * nearest before the offset, else the first after it; else the run as written.
     */
    String canonical(Run r, int offset) {
        Run best = null;
        boolean bestBefore = false;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (Run c : runs) {
                if (c.size() <= r.size() || !(pass == 0 ? endsWith(c, r) : r.size() == 1 && c.size() <= 3 && startsWith(c, r))
                        || !plausible(c) || OFFICE_HEADS.contains(text.token(c.to() - 1).text()) || afterArticle(c)) {
                    continue;
                }
                boolean before = text.token(c.from()).start() < offset;
                if (best == null || before && (!bestBefore || c.from() > best.from())) {
                    best = c;
                    bestBefore = before;
                }
            }
        }
        return written(best == null ? r : best);
    }

    private boolean endsWith(Run longer, Run shorter) {
        for (int k = 1; k <= shorter.size(); k++) {
            if (!text.token(longer.to() - k).text().equalsIgnoreCase(text.token(shorter.to() - k).text())) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(Run longer, Run shorter) {
        return text.token(longer.from()).text().equalsIgnoreCase(text.token(shorter.from()).text());
    }
}
