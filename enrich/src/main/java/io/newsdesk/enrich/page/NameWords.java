package io.newsdesk.enrich.page;

/**
 * The shape of the words of a person's name on an author line: a capitalised word of letters, hyphens, apostrophes
 * or dots ("Okonkwo-Bello", "O'Neil", "R."), initials, whether a word is printed in capitals or mixed case (a change
 * between them ends a name: "By CARMEN RUIZ Associated Wire"), and a name in capitals written in title case.
 */
final class NameWords {
    private NameWords() {
    }

    /** 1 a word in capitals, 2 in mixed case, 0 an initial or too short to tell. */
    static int printing(String w) {
        if (isInitials(w)) {
            return 0;
        }
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                letters++;
                lower |= Character.isLowerCase(w.charAt(i));
            }
        }
        return letters < 2 ? 0 : lower ? 2 : 1;
    }

    /** Initials: letters each followed by a dot ("J.", "J.R.", "A.J.P."). */
    static boolean isInitials(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i += 2) {
            if (!Character.isLetter(w.charAt(i)) || i + 1 >= w.length() || w.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of letters, hyphens, apostrophes or dots ("Okonkwo-Bello", "O'Neil", "R."). */
    static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (!(Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || cp == '-' || cp == '\'' || cp == '\u2019' || cp == '.')) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** "TAFARI WILLIAMS-ACHEBE" as "Tafari Williams-Achebe"; a name already in mixed case stays as printed. */
    static String titleCaseIfCapitals(String name) {
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                lower = true;
                break;
            }
        }
        if (lower) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            // a letter after a one-letter prefix and an apostrophe starts a name part again ("O'NEIL" as "O'Neil")
            boolean apostropheAfterInitial = (c == '\'' || c == '\u2019') && i >= 1 && (i == 1 || name.charAt(i - 2) == ' ');
            start = c == ' ' || c == '-' || apostropheAfterInitial;
        }
        return sb.toString();
    }
}
