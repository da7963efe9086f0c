package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author line of a news page read as the names a reader would write: "By Amit Rao (Meridian Wire)",
 * "BY AMIT RAO", "Amit Rao, Staff Writer", "Amit Rao | Political reporter", "Words by Amit Rao and Lena
 * Fischer" give "Amit Rao" and "Amit Rao and Lena Fischer". The lead-in ("By"), the role after a comma or
 * bar, the agency in brackets and a date that follows are not part of it; names printed in capitals are
 * written in title case.
 *
 * <p>The names are read by their shape: capitalised words (with hyphens, apostrophes and initials), the
 * particles of {@code lexicon/page/name-particles.txt} between them, joined by "and", "&amp;" or commas. A line
 * without a lead-in must be nothing but such names (and a short role), so that a headline in title case is
 * not taken for an author.
 */
final class Byline {
    private static final List<String> LEAD_INS = WordList.lines("/lexicon/page/byline-lead-ins.txt");
    private static final Set<String> PARTICLES = WordList.set("/lexicon/page/name-particles.txt");
    private static final List<String> CLOSING_LEAD_INS = WordList.lines("/lexicon/page/closing-credit-lead-ins.txt");
    /** " in " and a place of up to three capitalised words ending the line: "Amit Rao in Lima", "... in New Delhi". */
    private static final Pattern FILED_FROM = Pattern.compile(" in \\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2}$");
    /** A text browser's numbered link reference glued to a word: "By [6]Amit Rao". */
    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d{1,4}]");
    /** "Amit Rao and agencies", "Staff and agencies": the wire copy a desk added to the story is not an author. */
    private static final Pattern AGENCIES = Pattern.compile("(?i) (?:and|with|&) (?:agencies|wires|agency reports|news agencies)$");
    private static final Pattern NOTE = Pattern.compile(" ?\\(\\p{Ll}+(?: \\p{Ll}+)?\\)");
    /** "Editor: NAME" alone, as wire sites print the desk editor who handled the copy: not its author. */
    private static final Pattern DESK_EDITOR = Pattern.compile("(?i)editors?");
    private static final Pattern OXFORD_COMMA = Pattern.compile(", (and|AND|&) ");
    /** Words a person's name may have; more is a phrase, not a name. */
    private static final int MAX_NAME_WORDS = 5;
    /** An author line is short: a longer line is a sentence that happens to start with "By". */
    private static final int MAX_LINE_WORDS = 24;
    /** Words of a role printed as a label before the name ("Court reporter: "). */
    private static final int MAX_LABEL_WORDS = 3;

    private Byline() {
    }

    /** The authors of a line that opens with a lead-in ("By ..."), or null. */
    static String afterLeadIn(String line) {
        String t = withoutLinkMarkers(line.strip());
        String rest = stripLeadIn(t);
        if (rest == null || PageBlock.words(t) > MAX_LINE_WORDS) {
            return null;
        }
        return names(JournalistRoles.withoutRoles(rest), true, false);
    }

    /**
     * The authors of a line that is nothing but names, optionally followed by a role or place after a comma,
     * bar or dash ("Amit Rao, Staff Writer"), or null. Used where an author line is expected (under the
     * headline, in an element marked as the author).
     */
    static String nameLine(String line) {
        String t = withoutLinkMarkers(line.strip());
        if (t.isEmpty() || PageBlock.words(t) > MAX_LINE_WORDS) {
            return null;
        }
        String led = stripLeadIn(t);
        if (led != null) {
            return names(led, true, false);
        }
        t = withoutDateTail(t);
        if (t.indexOf(',') >= 0) {
            // "Ana Ruiz, Lena Fischer and Amit Rao": every comma lists an author, each named in full ("Paris, London and
            // Rome Face Heatwave" is a headline)
            String all = names(t, false, true);
            if (all != null && Arrays.stream(all.split(", | and ")).allMatch(name -> name.indexOf(' ') > 0)) {
                return all;
            }
        }
        int cut = firstOf(t, ",|(\u2014\u2013\u00B7");
        int slash = t.indexOf(" / ");
        cut = slash >= 0 && (cut < 0 || slash < cut) ? slash + 1 : cut; // "Owain Price / Health Reporter"
        String head = cut < 0 ? t : t.substring(0, cut);
        if (cut >= 0 && PageBlock.words(t.substring(cut)) > JournalistRoles.MAX_ROLE_WORDS && !datesOnly(t.substring(cut)) || JournalistRoles.isRole(head)) {
            return null; // a long tail is not a role; "Political Editor" is a role alone
        }
        // "Amit Rao in Lima": where the author filed from follows the names
        Matcher from = FILED_FROM.matcher(head);
        if (from.find()) {
            head = head.substring(0, from.start());
        }
        // the whole head must be names: "Ferry Service Resumes After Repairs" stops at a word that is not one
        return names(head, false, true);
    }

    /**
     * The line without a date or reading time printed after the names with no separator, as a page's meta row runs
     * its spans together: "Amit Rao 3 March 2026", "Amit Rao March 3, 2026", "Amit Rao 3 days ago 2 min read".
     */
    private static String withoutDateTail(String t) {
        int spaces = 0;
        for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
            String tail = t.substring(i + 1);
            // two words of a name at least before it; the tail opens with a figure or a calendar word
            if (++spaces >= 2 && !tail.isEmpty() && (Character.isDigit(tail.charAt(0)) || LineShapes.hasDateWord(tail.split(" ", 2)[0]))
                    && LineShapes.isDateLine(tail, PageBlock.words(tail))) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    /** A tail of a date and a reading time after the names: "| 3 December 2026 | 4 min read". */
    private static boolean datesOnly(String tail) {
        String t = tail.substring(1).strip();
        return LineShapes.isDateLine(t, PageBlock.words(t));
    }

    /**
     * The reporters of a wire story's closing credit ("(Reporting by Ana Ruiz in Porto; Editing by Oumar Sy)" gives
     * "Ana Ruiz"), or null when the line is not one.
     */
    static String closingCredit(String line) {
        String t = withoutOpeningBracket(line.strip());
        for (String lead : CLOSING_LEAD_INS) {
            if (t.regionMatches(true, 0, lead, 0, lead.length())) {
                return afterLeadIn(t);
            }
        }
        return null;
    }

    /** Whether the line opens with a lead-in such as "By" followed by a capitalised word. */
    static boolean hasLeadIn(String line) {
        return stripLeadIn(line.strip()) != null;
    }

    private static String withoutLinkMarkers(String t) {
        t = AGENCIES.matcher(withoutNotes(t)).replaceFirst("");
        return t.indexOf('[') < 0 ? t : LINK_MARKER.matcher(t).replaceAll("");
    }

    /** Without an opening bracket or dash before the lead-in: "(Reporting by ...", "— by Amit Rao". */
    private static String withoutOpeningBracket(String t) {
        return !t.isEmpty() && "(\u2014\u2013-".indexOf(t.charAt(0)) >= 0 ? t.substring(1).stripLeading() : t;
    }

    /**
     * Without the notes in brackets a live page writes after each author ("Amit Rao (now) and Lena Fischer (earlier)"):
     * a bracket of a word or two in lower case. An agency in brackets opens with a capital and stays.
     */
    private static String withoutNotes(String t) {
        return t.indexOf('(') < 0 ? t : NOTE.matcher(t).replaceAll("");
    }

    /** The text after an opening lead-in ("By ", "(Reporting by "), or null when the line has none. */
    private static String stripLeadIn(String line) {
        String t = withoutOpeningBracket(line);
        String afterRole = afterRoleLabel(t);
        if (afterRole != null) {
            return afterRole;
        }
        String afterDate = afterDateAndBy(t);
        if (afterDate != null) {
            return afterDate;
        }
        for (String lead : LEAD_INS) {
            // "By Amit Rao", "Written by: Amit Rao"
            int after = lead.length() < t.length() && t.charAt(lead.length()) == ':' ? lead.length() + 1 : lead.length();
            if (t.length() > after + 1 && t.regionMatches(true, 0, lead, 0, lead.length()) && t.charAt(after) == ' ') {
                String rest = t.substring(after + 1).stripLeading();
                if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) {
                    return rest;
                }
            }
        }
        return null;
    }

    /** The text after a date and "by", as blog themes print the post's line: "Posted on March 3, 2026 by Amit Rao". */
    private static String afterDateAndBy(String t) {
        int by = t.indexOf(" by ");
        if (by <= 0 || by + 4 >= t.length() || !Character.isUpperCase(t.codePointAt(by + 4))) {
            return null;
        }
        String date = t.substring(0, by);
        return LineShapes.hasDigit(date) && LineShapes.isDateLine(date, PageBlock.words(date)) ? t.substring(by + 4) : null;
    }

    /** The text after a role used as a label ("Reporter: Amit Rao", "Court reporter: Amit Rao"), or null. */
    private static String afterRoleLabel(String t) {
        int colon = t.indexOf(':');
        // a transcript's speaker in capitals ("REPORTER: For twenty years ...") is not a credit
        if (colon <= 0 || colon + 2 >= t.length() || t.charAt(colon + 1) != ' ' || !JournalistRoles.isRole(t.substring(0, colon))
                || PageBlock.words(t.substring(0, colon)) > MAX_LABEL_WORDS || LineShapes.isCapitals(t.substring(0, colon))
                || DESK_EDITOR.matcher(t.substring(0, colon)).matches()) {
            return null;
        }
        String rest = t.substring(colon + 2).stripLeading();
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) ? rest : null;
    }

    /**
     * The names at the start of {@code s}, joined as a reader writes them, or null when it does not start with
     * one. Reading stops at a bracket, a comma that does not list another author ("Amit Rao, Staff Writer"), a
     * digit, or a word that is neither capitalised nor a particle; with {@code whole}, stopping before the end
     * means the text is not names.
     */
    private static String names(String s, boolean ledIn, boolean whole) {
        List<String> people = new ArrayList<>();
        List<String> current = new ArrayList<>();
        // "A, B, and C": the comma before the last "and" (as American papers print it) lists no one more
        String[] tokens = OXFORD_COMMA.matcher(s).replaceAll(" $1 ").replace(",", " , ").replace("|", " | ").replace(";", " ; ").replace(":", " : ").replace("/", " / ")
                .split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String tok = tokens[i];
            if (tok.isEmpty()) {
                continue;
            }
            boolean and = tok.equals("and") || tok.equals("&") || tok.equals("AND");
            // a comma lists authors only before a final "and" ("A, B and C"); otherwise a role follows it
            boolean joiner = and || tok.equals(",") && andFollows(tokens, i);
            if (joiner) {
                if (current.isEmpty() || i + 1 >= tokens.length || !NameWords.isNameWord(tokens[i + 1])) {
                    if (whole) {
                        return null;
                    }
                    break;
                }
                if (!closeName(current, people)) {
                    return null;
                }
                continue;
            }
            if (NameWords.isNameWord(tok) && !whole && endsName(current, tok)) {
                break; // "By CARMEN RUIZ Associated Wire", "By Amit Rao For The Evening Mail": the outlet follows the name
            }
            if (NameWords.isNameWord(tok) || !current.isEmpty() && PARTICLES.contains(tok)) {
                current.add(tok);
                if (current.size() > MAX_NAME_WORDS) {
                    return null;
                }
            } else {
                if (whole) {
                    return null;
                }
                break;
            }
        }
        if (!closeName(current, people) || people.isEmpty()) {
            return null;
        }
        if (!ledIn && people.size() == 1 && people.get(0).indexOf(' ') < 0) {
            return null; // a lone word under a headline is a section or a place, not an author
        }
        return joined(people);
    }

    /**
     * Whether capitalised word {@code tok} starts something other than the name being read: a function word
     * ("For The Evening Mail") or a change between capitals and mixed case (initials count as either).
     */
    private static boolean endsName(List<String> current, String tok) {
        if (current.isEmpty()) {
            return false;
        }
        if (!PARTICLES.contains(tok) && EnglishWords.isStopWord(tok)) {
            return true;
        }
        int style = NameWords.printing(tok);
        for (String w : current) {
            int s = NameWords.printing(w);
            if (s != 0) {
                return style != 0 && style != s;
            }
        }
        return false;
    }

    private static boolean closeName(List<String> current, List<String> people) {
        if (current.isEmpty()) {
            return true;
        }
        while (!current.isEmpty() && PARTICLES.contains(current.get(current.size() - 1))) {
            current.remove(current.size() - 1);
        }
        if (JournalistRoles.isRole(String.join(" ", current))) {
            // "Siobhan Gallagher Health Editor", "Chief Reporter Rajesh Nair": the role run into the name is left off
            List<String> name = JournalistRoles.nameWithoutRole(current);
            if (name == null) {
                current.clear();
                return true; // "By Staff Reporter", "By Sports Desk": a desk, not a person
            }
            List<String> kept = new ArrayList<>(name);
            current.clear();
            current.addAll(kept);
        }
        for (String w : current) {
            if (!PARTICLES.contains(w) && EnglishWords.isStopWord(w)) {
                return false; // "After", "The", "Into": words of a headline, not of a name
            }
        }
        people.add(NameWords.titleCaseIfCapitals(String.join(" ", current)));
        current.clear();
        return true;
    }

    /** Authors as a reader lists them: "A", "A and B", "A, B and C". */
    static String joined(List<String> people) {
        if (people.size() == 1) {
            return people.get(0);
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1);
    }

    private static boolean andFollows(String[] tokens, int from) {
        for (int k = from + 1; k < tokens.length; k++) {
            if (tokens[k].equals("and") || tokens[k].equals("&") || tokens[k].equals("AND")) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
