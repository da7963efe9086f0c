package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.Token;

/**
 * Where a capitalised name ends: through lower-case connectors ("Juan Ramon de la Fuente", "Department of
 * Justice"), initials and abbreviations ("John F. Kennedy"), and "and" between two organisations' words.
 * Shared by the passes that find names in the gazetteer and by their shape.
 */
final class NameSpans {

    private NameSpans() {
    }

    /** The end of the run of name words that starts at {@code from}. */
    static int runEnd(Recognition r, int from) {
        int j = from + 1;
        while (j < r.size()) {
            if (r.nameWord(j) && !r.token(j).text().endsWith(".") || r.nameWord(j) && isInitialOrAbbrev(r, j)) {
                j++;
            } else if (listInOrgOfName(r, from, j) > j) {
                j = listInOrgOfName(r, from, j); // "Ministry of Health, Labour and Welfare"
            } else if (legalFormAfterComma(r, j)) {
                j += 2; // "Hanseong Precision Co., Ltd.", "Acme Widgets, Inc."
            } else if (innerPossessive(r, j) || innerOrdinal(r, j)) {
                j += 2; // "Court of King's Bench", "Nurses' Union", "West 26th Street"
            } else if (connectorRun(r, j) > j && !personBefore(r, from, j)) {
                j = connectorRun(r, j) + 1;
            } else if (j + 1 < r.size() && r.token(j).text().equals("and") && r.nameWord(j + 1)
                    && (!EntityWords.ORG_WORDS.contains(r.token(j - 1).text()) || j - from == 1 || orgOfRun(r, from, j))
                    && (endsInOrgWord(r, j + 1) || orgOfRun(r, from, j))) {
                // "Tradewell Savings and Loans", "Aviation and Allied Workers Union", "University of Engineering and
                // Technology", but "Marlow Capital and Brightwater Foods" are two
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "Ministry of Trade, Industry and Energy", "Department of Housing, Local Government and Heritage": after an
     * organisation word and "of" or "for", a list of capitalised words closed by "and" belongs to the name. Returns
     * the end of the list, or j when token j does not open one.
     */
    private static int listInOrgOfName(Recognition r, int from, int j) {
        if (!r.token(j).text().equals(",") || !orgOfRun(r, from, j)) {
            return j;
        }
        int k = j;
        while (k < r.size() && k - j < 12) {
            String t = r.token(k).text();
            if ((t.equals(",") || t.equals("and")) && k + 1 < r.size() && r.nameWord(k + 1) && !r.initial(k + 1)) {
                int end = k + 1;
                while (end < r.size() && r.nameWord(end)) {
                    end++;
                }
                if (t.equals("and")) {
                    return end;
                }
                k = end;
            } else {
                return j;
            }
        }
        return j;
    }

    /** A comma and a legal form that ends a name: "Co., Ltd.", "Widgets, Inc." (the form's own list is in LEGAL_AFTER_COMMA). */
    private static boolean legalFormAfterComma(Recognition r, int j) {
        return j + 1 < r.size() && r.token(j).text().equals(",") && EntityWords.LEGAL_FORMS_AFTER_COMMA.contains(r.token(j + 1).text())
                && (j + 2 >= r.size() || !r.nameWord(j + 2));
    }

    /** "'s" or "'" inside a name, before another name word. */
    private static boolean innerPossessive(Recognition r, int j) {
        String t = r.token(j).text();
        if (!isPossessive(t) || j + 1 >= r.size() || !r.nameWord(j + 1)
                || r.token(j - 1).isAllCaps()) {
            return false;
        }
        int k = j + 1;
        while (k < r.size() && (r.nameWord(k) || isPossessive(r.token(k).text()) && k + 1 < r.size() && r.nameWord(k + 1))) {
            k++;
        }
        // "King's Bench", "Nurses' Union": the name goes on to an organisation's or a place's last word
        return EntityWords.ORG_WORDS.contains(r.token(k - 1).text()) || EntityWords.PLACE_WORDS.contains(r.token(k - 1).text());
    }

    private static boolean isPossessive(String t) {
        return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
    }

    /** "26th" inside a name, before another name word. */
    private static boolean innerOrdinal(Recognition r, int j) {
        String t = r.lower(j);
        return r.token(j).isNumber() && (t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th"))
                && j + 1 < r.size() && r.nameWord(j + 1);
    }

    /** "Ann Mazur of Acme": two name words with no organisation or place word are a person, whom "of" does not extend. */
    private static boolean personBefore(Recognition r, int from, int j) {
        if (j - from < 2 || !r.token(j).text().equals("of")) {
            return false;
        }
        for (int k = from; k < j; k++) {
            String w = r.token(k).text();
            if (EntityWords.ORG_WORDS.contains(w) || EntityWords.PLACE_WORDS.contains(w) || EntityWords.OTHER_NAME_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "de la" in "Juan Ramon de la Fuente": index of the name word after the connectors, or j. */
    static int connectorRun(Recognition r, int j) {
        int k = j;
        while (k < r.size() && !r.claimed[k] && k - j < 3
                && (EntityWords.CONNECTORS.contains(r.token(k).text()) || r.token(k).text().equals("&") || theAfterOf(r, j, k))) {
            k++;
        }
        return k > j && k < r.size() && r.nameWord(k) && !EntityWords.MONTHS_AND_WEEKDAYS.contains(r.lower(k)) ? k : j;
    }

    /** "the" after "of" or "for" inside a name: "Office of the Auditor General", "Center for the Study of ...". */
    private static boolean theAfterOf(Recognition r, int j, int k) {
        return k > j && r.token(k).text().equals("the") && (r.token(k - 1).text().equals("of") || r.token(k - 1).text().equals("for"));
    }

    /** "University of Sao Paulo", "Committee on Electoral Matters": an organisation word followed by "of", "for", "on". */
    static boolean orgOfRun(Recognition r, int start, int end) {
        for (int k = start; k + 1 < end; k++) {
            String next = r.token(k + 1).text();
            if (EntityWords.ORG_WORDS.contains(r.token(k).text())
                    && (next.equals("of") || next.equals("for") || next.equals("on") || next.equals("de") || next.equals("del"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Portland Police Bureau", "Homeland Security Investigations", "University of Sao Paulo", "East
     * Palestine": a known name inside a longer capitalised name is not a mention of its own. Returns the
     * end of the longer name, or {@code to} if there is none.
     */
    static int longerNameEnd(Recognition r, int from, int to) {
        int j = to;
        while (j < r.size() && (r.nameWord(j) || connectorRun(r, j) > j || andBetweenNames(r, j) || j > to && innerPossessive(r, j))) {
            // "Swiss People's Party", "Sao Paulo State Prosecutor's Office": a possessive inside goes on to the last word
            j = connectorRun(r, j) > j ? connectorRun(r, j) + 1 : andBetweenNames(r, j) || !r.nameWord(j) ? j + 2 : j + 1;
        }
        if (j > to && (EntityWords.ORG_WORDS.contains(r.token(j - 1).text()) || EntityWords.PLACE_WORDS.contains(r.token(j - 1).text())
                || EntityWords.OTHER_NAME_WORDS.contains(r.token(j - 1).text()) || orgOfRun(r, from, j))) {
            return j;
        }
        return to;
    }

    /**
     * "of England" closing "Royal College of Surgeons of England": a name after "of" that ends a capitalised run
     * holding an organisation word is part of that organisation's name, no mention of its own.
     */
    static boolean ofOrganisation(Recognition r, int from) {
        if (from < 2 || !r.token(from - 1).text().equals("of")) {
            return false;
        }
        for (int k = from - 2; k >= Math.max(0, from - 8); k--) {
            Token t = r.token(k);
            if (t.isCapitalized() && EntityWords.ORG_WORDS.contains(t.text())) {
                return true;
            }
            if (!(t.isCapitalized() && t.isWord() || EntityWords.CONNECTORS.contains(t.text()) || t.text().equals("the"))) {
                return false;
            }
        }
        return false;
    }

    /** "England and Wales Cricket Board": "and" between name words inside a longer name. */
    private static boolean andBetweenNames(Recognition r, int j) {
        return j + 1 < r.size() && r.token(j).text().equals("and") && r.nameWord(j + 1) && j > 0 && !r.token(j - 1).text().equals(",");
    }

    private static boolean isInitialOrAbbrev(Recognition r, int j) {
        String t = r.token(j).text();
        return t.length() <= 4 || EntityWords.ORG_WORDS.contains(t);
    }

    private static boolean endsInOrgWord(Recognition r, int from) {
        int j = from;
        while (j < r.size() && r.nameWord(j)) {
            j++;
        }
        return EntityWords.ORG_WORDS.contains(r.token(j - 1).text());
    }
}
