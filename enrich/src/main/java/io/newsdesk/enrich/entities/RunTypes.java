package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.schemas.EntityType;

/**
 * What a run of capitalised words names, from its words and its context: a title inside the run splits it
 * ("Acme CEO Jane Roe" is an organisation and a person); a run ending in an organisation word is an
 * organisation ("Harbor City Council"); a run with a title, a given name first, or a speech verb or an
 * appositive role next to it is a person; a run ending in a place word after "in" or "at" ("in Harlan
 * County"), or in a place slot ("near Otay Mesa", "Mobile, Alabama"), is a place. A lone word in capitals
 * is left for {@link Acronyms}, any other lone word for {@link Surnames}.
 */
final class RunTypes {

    private RunTypes() {
    }

    /** Types the run of tokens [from, end) and records its mention. */
    static void classify(Recognition r, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            int titleEnd = PersonTitles.titleAt(r, k);
            if (titleEnd > k && titleEnd < end && !orgWordsOnly(r, titleEnd, end)) {
                classify(r, from, k);
                classify(r, k, end);
                return;
            }
        }
        if (end - from >= 3 && EntityWords.POST_NOMINALS.contains(r.token(end - 1).text())) {
            r.claimed[end - 1] = true; // "Imelda Brennan KC": the letters after a name are no part of it
            end--;
        }
        int start = from;
        String title = null;
        int titleEnd;
        while (start < end && (titleEnd = PersonTitles.titleAt(r, start)) > start && !orgWordsOnly(r, titleEnd, end)) {
            String t = r.slice(start, titleEnd);
            title = title == null ? t : title + " " + t;
            start = titleEnd;
        }
        // "Chief Executive Lauren Bishop": role words right before a given name are a title
        for (int k = start + 1; k < end - 1; k++) {
            if (r.gazetteer.isFirstName(r.token(k).text()) && Appositives.isRoleNoun(r.lower(k - 1))) {
                int roleStart = k - 1;
                while (roleStart - 1 >= start && Appositives.isRoleNoun(r.lower(roleStart - 1))) {
                    roleStart--;
                }
                if (roleStart > start) {
                    classify(r, start, roleStart);
                }
                title = title == null ? r.slice(roleStart, k) : title + " " + r.slice(roleStart, k);
                start = k;
                break;
            }
        }
        // "Executive Lucia Mwangi", "Outside Gordon House": a role or a common word opening a longer run is not part of the
        // name, unless the run is an organisation "of" something ("Central Bank of Nigeria", "National University of ...")
        while (end - start >= 3 && !EntityWords.ORG_WORDS.contains(r.token(end - 1).text())
                && !EntityWords.PLACE_WORDS.contains(r.token(end - 1).text()) && !NameSpans.orgOfRun(r, start, end)) {
            String w = r.lower(start);
            if (Appositives.isRoleNoun(w) || EntityWords.HEAD_MODIFIERS.contains(w) || PersonTitles.isTitleModifier(w)) {
                title = title == null ? r.token(start).text() : title + " " + r.token(start).text();
                start++;
            } else if (r.initial(start) && r.text.commonWord(start)) {
                start++;
            } else if (r.initial(start) && end - start >= 3 && roleBeforeGivenName(r, start)) {
                // "Critic Elliot Sandoval-Greer", "Groundsman Jayananda Warnaweera": an occupation opening the sentence
                title = title == null ? r.token(start).text() : title + " " + r.token(start).text();
                start++;
            } else {
                break;
            }
        }
        if (start < end && (roleWordsOnly(r, start, end, title) || EntityWords.NOT_NAME_HEADS.contains(r.token(start).text())
                || modelNumber(r, start, end) || title == null && productName(r, start, end))) {
            r.claim(start, end); // "the Finance Minister", "Hurricane Fiona", "the Galaxy Z Flip", "a Quorva Lumen phone": no entity
            return;
        }
        if (title != null && from > 0 && PersonTitles.isTitleModifier(r.lower(from - 1))) {
            title = r.token(from - 1).text() + " " + title;
        }
        if (start < end) {
            type(r, start, end, title);
        }
    }

    /**
     * "Leeds General Infirmary", "Glasgow Sheriff Court", "Royal Flying Doctor Service": a title followed only by
     * organisation words names no person; it is a word of the organisation's name.
     */
    private static boolean orgWordsOnly(Recognition r, int from, int end) {
        if (from >= end) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (!EntityWords.ORG_WORDS.contains(r.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** A word no list knows as a name, right before a given name: an occupation used as a title ("Catcher Desmond Kealoha"). */
    private static boolean roleBeforeGivenName(Recognition r, int start) {
        String w = r.token(start).text();
        return !r.gazetteer.isFirstName(w) && r.gazetteer.lookup(w).isEmpty() && !r.token(start).isAllCaps()
                && r.gazetteer.isFirstName(r.token(start + 1).text()) && r.gazetteer.lookup(r.token(start + 1).text()).isEmpty();
    }

    /**
     * "Prime Minister", "Health Secretary", "Corrective Services Commissioner": an office without a name - role
     * words only, or words ending in a role with no given name among them (a lone word after a title is a surname).
     */
    private static boolean roleWordsOnly(Recognition r, int start, int end, String title) {
        if (title != null && end - start == 1) {
            return false;
        }
        String last = r.lower(end - 1);
        if (end - start <= 4 && (Appositives.isRoleNoun(last) || oneWordTitle(r.gazetteer, r.token(end - 1).text()))) {
            boolean given = false;
            for (int k = start; k < end; k++) {
                given |= r.gazetteer.isFirstName(r.token(k).text());
            }
            if (!given) {
                return true;
            }
        }
        for (int k = start; k < end; k++) {
            String w = r.lower(k);
            if (!Appositives.isRoleNoun(w) && !EntityWords.HEAD_MODIFIERS.contains(w) && !PersonTitles.isTitleModifier(w)
                    && !oneWordTitle(r.gazetteer, r.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneWordTitle(Gazetteer gazetteer, String word) {
        PhraseTrie.Result<String> found = gazetteer.titles().findLongest(1, x -> word);
        return !found.matches().isEmpty();
    }

    /** "Orbis X7", "WRC2", "H-IIA 50": a word of letters and digits is a model or a code, not a name. */
    private static boolean modelNumber(Recognition r, int start, int end) {
        for (int k = start; k < end; k++) {
            String t = r.token(k).text();
            if (t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter) && !innerOrdinal(t)) {
                return true;
            }
        }
        return false;
    }

    /** How far an appositive's product noun may stand after "X, a": "the Varga Solo, a compact electric hatchback". */
    private static final int APPOSITIVE_WORDS = 4;

    /**
     * "the Quorva Lumen scheduling app", "a Ford Transit van", "the Varga Solo, a compact electric hatchback": two or more
     * capitalised words not ending in an organisation's or a place's word, before a product noun (one lower-case word
     * may stand between) or with one heading an appositive, name a product. One word ("Corvel tractors") is more often
     * the maker.
     */
    private static boolean productName(Recognition r, int start, int end) {
        if (end - start < 2 || end + 1 >= r.size() || r.gazetteer.isFirstName(r.token(start).text())
                || EntityWords.ORG_WORDS.contains(r.token(end - 1).text())
                || EntityWords.PLACE_WORDS.contains(r.token(end - 1).text())) {
            return false;
        }
        if (productNoun(r, end) || lowerCaseWord(r, end) && productNoun(r, end + 1)) {
            return true;
        }
        if (!r.token(end).text().equals(",") || !(r.token(end + 1).is("a") || r.token(end + 1).is("an"))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(r.size(), end + 2 + APPOSITIVE_WORDS) && lowerCaseWord(r, k); k++) {
            if (productNoun(r, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A product noun heading its phrase: not followed by another lower-case word that would be the head ("car park", "a car
     * dealer", "van driver"), unless a function word or a participle ("built", "launched") opens the next phrase.
     */
    private static boolean productNoun(Recognition r, int k) {
        if (k >= r.size() || !lowerCaseWord(r, k) || !EntityWords.PRODUCT_NOUNS.contains(r.token(k).text())) {
            return false;
        }
        if (k + 1 >= r.size() || !lowerCaseWord(r, k + 1) || r.stopWordAt(k + 1)) {
            return true;
        }
        String next = r.lower(k + 1);
        return next.endsWith("ed") || next.equals("built") || next.equals("made") || next.equals("sold");
    }

    private static boolean lowerCaseWord(Recognition r, int k) {
        return r.token(k).isWord() && !r.token(k).isCapitalized();
    }

    private static boolean innerOrdinal(String t) {
        String l = t.toLowerCase(java.util.Locale.ROOT);
        return Character.isDigit(l.charAt(0)) && (l.endsWith("st") || l.endsWith("nd") || l.endsWith("rd") || l.endsWith("th"));
    }

    private static void type(Recognition r, int start, int end, String title) {
        int length = end - start;
        if (length == 1 && title == null) {
            // a lone word waits until every full name is known: it may be a surname, an acronym or an alias
            (r.token(start).isAllCaps() ? r.pendingAcronyms : r.pendingSingles).add(start);
            return;
        }
        decide(r, start, end, title);
    }

    /** Asks the recognition's typer what tokens [start, end) name, and records the mention if they name something. */
    static boolean decide(Recognition r, int start, int end, String title) {
        EntityType type = r.typer.type(r, start, end, title, ruleGuess(r, start, end, title));
        if (type == EntityType.ORGANIZATION) {
            r.organisation(start, end);
        } else if (type == EntityType.PERSON) {
            r.person(start, end, title);
        } else if (type == EntityType.PLACE) {
            String name = r.slice(start, end);
            EntityDraft d = r.draft(EntityType.PLACE, name);
            String state = stateAfter(r, end);
            if (d.isoCode == null && state != null) {
                d.isoCode = state;
            }
            d.mention(r.token(start).start(), r.token(end - 1).end(), name);
            r.claim(start, end);
        }
        return type != null;
    }

    /**
     * What the hand-written rules make of tokens [start, end): an organisation when it ends in an organisation
     * word ("Harbor City Council"); a person with a title, a given name first, or a speech verb or appositive
     * role next to it; a place when it ends in a place word after "in" ("in Harlan County") or stands in a
     * place slot ("near Otay Mesa", "Mobile, Alabama"); else null.
     */
    static EntityType ruleGuess(Recognition r, int start, int end, String title) {
        int last = end - 1;
        String lastWord = r.token(last).text();
        int length = end - start;
        if (length > 1 && EntityWords.PLACE_FIRST_WORDS.contains(r.token(start).text()) && title == null) {
            return EntityType.PLACE; // "Rua Augusta", "Lake Chad"
        }
        // a lone organisation word is a short form ("the Council said") or a legislature ("Senate"): the typer's call
        if ((length > 1 && EntityWords.ORG_WORDS.contains(lastWord) || length > 1 && NameSpans.orgOfRun(r, start, end)
                || length > 1 && EntityWords.ORG_FIRST_WORDS.contains(r.token(start).text()))
                && (title == null || length > 2)) {
            return EntityType.ORGANIZATION;
        }
        boolean person = title != null
                || length >= 2 && r.gazetteer.isFirstName(r.token(start).text()) && !r.token(last).isAllCaps()
                || length >= 1 && length <= 3 && personContext(r, start, end);
        if (person && (length > 1 || !r.text.commonWord(start))) {
            return EntityType.PERSON;
        }
        if (length >= 2 && EntityWords.PLACE_WORDS.contains(lastWord) && placeContext(r, start)) {
            return EntityType.PLACE;
        }
        return placeBySyntax(r, start, end) ? EntityType.PLACE : null;
    }

    /** "in Springfield", "near Otay Mesa", "Mobile, Alabama": a name in a place slot is a place. */
    private static boolean placeBySyntax(Recognition r, int start, int end) {
        boolean slot = start > 0 && EntityWords.PLACE_SLOT_WORDS.contains(r.token(start - 1).text()) && !r.initial(start)
                || start >= 2 && EntityWords.PLACE_NOUNS.contains(r.token(start - 2).text()) && r.lower(start - 1).equals("of");
        if (!slot && stateAfter(r, end) == null) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (r.gazetteer.isFirstName(r.token(k).text()) && end - start > 1
                    || EntityWords.MONTHS_AND_WEEKDAYS.contains(r.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The ISO code of the state or country after a comma ("Mobile, Alabama"), or null. */
    static String stateAfter(Recognition r, int end) {
        String state = null;
        if (end + 1 < r.size() && r.token(end).text().equals(",")) {
            for (GazetteerEntry e : r.gazetteer.lookup(r.token(end + 1).text())) {
                if (e.type() == EntityType.PLACE && !"city".equals(e.kind())) {
                    state = e.isoCode();
                }
            }
        }
        return state;
    }

    /** "Okafor said", "told Dana Okoro", '..." Kaja Kallas, the ... said', "Ann Lee, a lawyer,": a person's slot. */
    static boolean personContext(Recognition r, int start, int end) {
        if (end < r.size() && EntityWords.SPEECH_VERBS.contains(r.lower(end))) {
            return true;
        }
        if (start > 0 && EntityWords.SPEECH_VERBS.contains(r.lower(start - 1))) {
            return true;
        }
        if (start >= 2 && isCloseQuote(r.token(start - 1).text()) && r.token(start - 2).text().equals(",")) {
            return true; // the attribution slot of a quotation
        }
        if (end + 1 < r.size() && r.token(end).text().equals(",")) {
            for (int k = end + 1; k < Math.min(r.size(), end + 8) && !r.token(k).text().equals(","); k++) {
                if (Appositives.isRoleNoun(r.lower(k)) && !r.token(k).isCapitalized()) {
                    return true;
                }
            }
        }
        if (end + 1 < r.size() && r.token(end).text().equals(",")) {
            String w = r.lower(end + 1);
            if (w.equals("a") || w.equals("an") || w.equals("who") || isSmallNumber(w)) {
                return true;
            }
            if (end + 2 < r.size() && (w.equals("the") || w.equals("its")) && Appositives.isRoleNoun(r.lower(end + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloseQuote(String t) {
        return t.equals("\"") || t.equals("\u201D");
    }

    /** "in Harlan County", "the Snake River": a place word's name in a place context. */
    private static boolean placeContext(Recognition r, int start) {
        return start > 0 && EntityWords.PLACE_CONTEXT_WORDS.contains(r.lower(start - 1));
    }

    /** One to three ASCII digits ("Ann Lee, 54,"). */
    static boolean isSmallNumber(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < '0' || w.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
