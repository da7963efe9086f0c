package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.WordList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of a page's furniture lines, told by their form rather than by any site's wording: a date or
 * time line ("Published June 11, 2024 | Updated 6:18 p.m.", "12 Sep 2024, 17:20"), a credit or caption
 * label ("Photo: NAME / Outlet", "PHOTO | NAME", "Source: ..."), a row of navigation items between
 * separators, a line in capitals (site names, section labels), and a dateline that opens the story
 * ("LAGOS, Nigeria (Meridian Wire) —"). Patterns use no nested quantifiers.
 */
final class LineShapes {
    private static final List<String> DATE_LEAD_INS = WordList.lines("/lexicon/page/date-lead-ins.txt");
    private static final List<String> CREDIT_LABELS = WordList.lines("/lexicon/page/credit-labels.txt");
    private static final Set<String> CALENDAR = calendar();
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}(?:[:.]\\d{2})? ?[ap]\\.?m\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** 14/03/2025, 2025-03-14, 14.03.25 */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    /** "2 hours ago", "Updated 35 mins ago": a time told from now, as apps and aggregators print it. */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)(?:\\p{L}+ )?\\d{1,3} ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?) ago");
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d{1,3} ?min(?:ute)?s? read\\b");
    /** A credit label inside a caption: "... in Westlands. PHOTO | NAME", "... Photo: NAME", "Photo / NAME". */
    private static final Pattern CREDIT_INSIDE = Pattern.compile(
            "(?i)(?:^|[.,;!?)\"\u201D'\u2019\u2014\u2013] |\\(|[|/] ?)(?:photo|photograph|picture|image|credit)s?(?: ?[:|]| / )");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /**
     * A dateline: up to six words in capitals (the city), optionally one or two commas each with a few words (country,
     * state, date: "GRANITE FALLS, Colo., Dec. 2"), optionally an agency in brackets and a date after it ("HANOI (Mekong
     * Wire) Mar 3"), then a dash and a space; or the
     * city in capitals and a colon ("MANILA: ").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M}'\u2019.]{1,30}(?:[ -]\\p{Lu}[\\p{Lu}\\p{M}'\u2019.]{0,30}){0,5}"
                    + "(?:(?:, [^,()\u2014\u2013]{1,40}){0,3}(?: ?\\([^()]{1,50}\\)| /[^/ ][^/]{0,39}/)?(?: \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})? ?(?:\u2014|\u2013|--?)|:) ");
    /**
     * A dateline without a dash, as South Asian agencies print it: the city, a date and the agency's initials in
     * brackets, then the story ("Mumbai, Mar 3 (WNS) The state government ...").
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){0,2}, (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}) \\(\\p{Lu}{2,8}\\) (?=\\p{Lu})");
    /** The years of a life over an obituary: "1931 – 2026", "1931-2026". */
    private static final Pattern LIFE_SPAN = Pattern.compile("^(?:19|18|20)\\d{2} ?[-\u2013\u2014] ?(?:19|20)\\d{2}$");
    /**
     * A dateline in mixed case: a city of up to three capitalised words, then a country, state or date after a comma
     * (each part opening with a capital or a figure), an agency in brackets, or both, then a dash ("Nairobi, Kenya — ",
     * "Brussels (AFP) - "); or the city, perhaps with a date, and a colon ("Islamabad: ", "Auckland, 3 December: "),
     * which only a paragraph written as sentences may open with, and never with a story label ("Analysis: ").
     */
    private static final Pattern MIXED_DATELINE = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})((?:, [\\p{Lu}\\d][^,()\u2014\u2013:]{0,39}){0,2})"
                    + "((?: ?\\([^()]{1,50}\\))?) ?(\u2014|\u2013|--?|:) ");
    private static final Set<String> STORY_LABELS = WordList.set("/lexicon/page/story-labels.txt");
    private static final Set<String> MEDIA_LABELS = Set.of("video", "watch", "listen", "audio", "photos", "gallery", "podcast");
    /** Short lines only: a credit, date or menu line never runs to a paragraph. */
    private static final int MAX_FURNITURE_WORDS = 30;
    private static final int MAX_DATE_WORDS = 10;
    private static final int MAX_LED_DATE_WORDS = 16;

    private LineShapes() {
    }

    /** "Published ...", "Updated 6:18 p.m.", "Thursday, February 15, 2024 · Updated 2:10 p.m.", "5 min read". */
    static boolean isDateLine(String t, int words) {
        if (words == 0 || words > MAX_LED_DATE_WORDS) {
            return false;
        }
        for (String lead : DATE_LEAD_INS) {
            if (t.regionMatches(true, 0, lead, 0, lead.length())
                    && (t.length() == lead.length() || !Character.isLetter(t.charAt(lead.length())))) {
                return true;
            }
        }
        if (words > MAX_DATE_WORDS || !hasDigit(t)) {
            return false; // every other date or time line has a figure in it
        }
        if (READING_TIME.matcher(t).find() || RELATIVE_TIME.matcher(t).matches()) {
            return true;
        }
        boolean time = TIME.matcher(t).find();
        boolean numericDate = NUMERIC_DATE.matcher(t).find();
        boolean calendarWord = false;
        boolean leadInWord = false;
        for (var m = WORD.matcher(t.toLowerCase(Locale.ROOT)); m.find(); ) {
            String w = m.group();
            calendarWord |= CALENDAR.contains(w);
            leadInWord |= DATE_LEAD_INS.contains(w);
        }
        // a month and a year or a time; a bare "May 3" in a short headline is not enough
        return calendarWord && (time || YEAR.matcher(t).find()) || numericDate || time && (words <= 4 || leadInWord);
    }

    /** "Photo: NAME / Outlet", "Image: ...", "Source: ...", "PHOTO | NAME", or a caption ending in such a credit. */
    static boolean isCredit(String t, int words) {
        if (words == 0 || words > MAX_FURNITURE_WORDS) {
            return false;
        }
        boolean by = t.contains(" by ");
        if (t.indexOf(':') < 0 && t.indexOf('|') < 0 && t.indexOf('/') < 0 && !by) {
            return false; // a credit label is always followed by one of these, or by "by" ("Photography by NAME")
        }
        for (String label : CREDIT_LABELS) {
            int n = label.length();
            if (t.length() > n && t.regionMatches(true, 0, label, 0, n)) {
                char next = t.charAt(n);
                if (next == ':' || next == '|' || (next == ' ' && t.length() > n + 1 && ":|/".indexOf(t.charAt(n + 1)) >= 0)) {
                    return true;
                }
                if (by && t.regionMatches(true, n, " by ", 0, 4) && t.length() > n + 4 && Character.isUpperCase(t.codePointAt(n + 4))) {
                    return true; // "Photography by Tor Eikeland", "Pictures by ..."
                }
            }
        }
        return CREDIT_INSIDE.matcher(t).find();
    }

    static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more navigation separators between short items: "Home | News | Sport", "Home › News › Courts". */
    static boolean isNavigation(String t) {
        int separators = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '\u00B7' || c == '\u2022' || c == '\u203A' || c == '\u00BB' || c == '\u25BE') {
                separators++;
            } else if ((c == '>' || c == '/') && i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
                separators++;
            }
        }
        return separators >= 2 || separators == 1 && (t.contains(" > ") || t.contains(" / ") || t.contains("\u203A"));
    }

    /** A separator between labels, spaced on both sides: "Issue 214 · Winter 2026", "Metro | City Hall". */
    static boolean hasSeparator(String t) {
        return t.contains(" \u00B7 ") || t.contains(" | ") || t.contains(" \u2022 ");
    }

    /** A bare time stamp, as live blogs print one above each post: "11:45", "2:48 PM", "10.58am". */
    static boolean isBareTime(String t, int words) {
        return words <= 3 && TIME.matcher(t).find() && !YEAR.matcher(t).find() && !NUMERIC_DATE.matcher(t).find()
                && !hasDateWord(t);
    }

    /** Whether a month, a weekday or a date lead-in ("Updated") is among the words of {@code t}. */
    static boolean hasDateWord(String t) {
        for (var m = WORD.matcher(t.toLowerCase(Locale.ROOT)); m.find(); ) {
            if (CALENDAR.contains(m.group()) || DATE_LEAD_INS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Every word that is not a function word opens with a capital: "Harbour Council By-Election Results". */
    static boolean isTitleCase(String t) {
        for (var m = WORD.matcher(t); m.find(); ) {
            String w = m.group();
            if (Character.isLowerCase(w.codePointAt(0)) && !EnglishWords.isStopWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** Letters nearly all capitals: a site name, a section label, a shouted menu. */
    static boolean isCapitals(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper * 10 >= letters * 8;
    }

    /** A media item's label or running time on a line of its own: "Video", "Watch", "2:14". */
    static boolean isMediaLabel(String t, int words) {
        String s = t.strip();
        return words <= 2 && (isBareTime(s, words) || words == 1 && MEDIA_LABELS.contains(s.toLowerCase(Locale.ROOT)));
    }

    /** The years of a life printed under an obituary's name: "1931 – 2026". */
    static boolean isLifeSpan(String t) {
        return LIFE_SPAN.matcher(t.strip()).matches();
    }

    /** Opens with a dateline ("HOUSTON — ", "CHICAGO (Great Lakes Wire) — ", "BUENOS AIRES, Sept 12 (Pampa Press) - "). */
    static boolean startsWithDateline(String t) {
        return dateline(t) != null;
    }

    /** The dateline that opens {@code t} as printed, without the space after its dash ("HOUSTON —"), or null. */
    static String dateline(String t) {
        var m = DATELINE.matcher(t);
        if (m.lookingAt()) {
            return t.substring(0, m.end()).strip();
        }
        var agency = AGENCY_DATELINE.matcher(t);
        if (agency.lookingAt()) {
            return t.substring(0, agency.end()).strip();
        }
        var mixed = MIXED_DATELINE.matcher(t);
        if (!mixed.lookingAt() || STORY_LABELS.contains(mixed.group(1).toLowerCase(Locale.ROOT))
                || EnglishWords.isStopWord(mixed.group(1))) {
            return null;
        }
        boolean colon = ":".equals(mixed.group(4));
        // "Brussels - The ..." alone could be any phrase before a dash: a dash needs a country, date or agency
        boolean placed = colon ? endsLikeSentence(t) : !mixed.group(2).isEmpty() || !mixed.group(3).isEmpty();
        return placed ? t.substring(0, mixed.end()).strip() : null;
    }

    private static boolean endsLikeSentence(String t) {
        return new PageBlock(t, null, 0, null).endsLikeSentence();
    }

    private static Set<String> calendar() {
        Set<String> words = new HashSet<>(WordList.set("/lexicon/months-and-weekdays.txt"));
        words.addAll(WordList.set("/lexicon/page/month-abbreviations.txt"));
        return Set.copyOf(words);
    }
}
