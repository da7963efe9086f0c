package io.newsdesk.enrich.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's header on a raw page: the lines between the site's chrome and the body, where a news page
 * puts (in this order, any of them missing) the headline, a standfirst, the author line, the date and a
 * photo credit and caption. Read upwards from the body: date, credit, caption and author lines are passed
 * over; the first title-like line above them is the headline, unless the line right above it is title-like
 * too, in which case that one is the headline and the lower one the standfirst (a standfirst never stands
 * above its headline). A line of names under the headline or its standfirst is the author, and three or more short
 * title-like lines in a row are a list (a live blog's key points): the walk passes over both. The author line is an opening "By ..." line of the header, else a line of names
 * right under the headline or standfirst.
 *
 * @param headline the index of the headline block, or -1
 * @param byline   the authors as a reader writes them, or null
 */
record ArticleHeader(int headline, String byline) {
    /** A headline has a few words; a single word or a long paragraph is something else. */
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 30;
    /** A headline printed with a full stop is short; a longer sentence over an author line is a standfirst. */
    private static final int MAX_STOPPED_TITLE_WORDS = 12;
    /** The line above a headline taken for it must itself look like one (a kicker of two words does not). */
    private static final int MIN_UPPER_TITLE_WORDS = 4;
    /** The longest a kicker above a headline runs. */
    private static final int KICKER_MAX_WORDS = 4;
    /** Furniture lines (date, credit) that may stand between a headline and the author's name under it. */
    private static final int MAX_LINES_BETWEEN = 3;
    /** How far under the headline the walk looks for lines of names: a standfirst, then two authors with their roles. */
    private static final int MAX_AUTHOR_LINES = 6;
    /** A standfirst written as a sentence has more words than a kicker or a label. */
    private static final int MIN_STANDFIRST_WORDS = 8;
    /** Key points of a live blog: three or more short lines in a row. */
    private static final int MIN_LIST_ITEMS = 3;
    private static final int MAX_LIST_ITEM_WORDS = 8;
    /** A standfirst under a short headline written as a sentence runs to this many words or more. */
    private static final int MIN_STANDFIRST_UNDER_SHORT_TITLE = 12;
    /** The most lines of standfirst under one headline. */
    private static final int MAX_STANDFIRST_LINES = 3;
    /** Lines of a video's label and running time between a headline and its standfirst. */
    private static final int MAX_MEDIA_LINES = 2;
    /** A line in capitals this long is a headline printed so; shorter ones are site names and section labels. */
    private static final int MIN_CAPITALS_TITLE_WORDS = 5;

    /**
     * @param chrome what the layout has already marked as chrome
     * @param top    the index of the body's first block (its standfirst included), or the number of blocks
     */
    static ArticleHeader read(List<PageBlock> blocks, boolean[] chrome, int top) {
        int nameLine = -1;
        int i = top - 1;
        while (i >= 0) {
            if (!chrome[i] && (titleLike(blocks.get(i)) || titleWithStop(blocks, i))) {
                // an author's name under a headline or its standfirst: "Raúl Tena-Kowalski", "Amit Rao | Political reporter"
                if (Byline.nameLine(blocks.get(i).text()) != null && titleAbove(blocks, chrome, i)) {
                    nameLine = i;
                    i--;
                    continue;
                }
                int items = listItems(blocks, chrome, i);
                if (items < MIN_LIST_ITEMS) {
                    break;
                }
                i -= items; // a list of key points between the header and a live blog's first post
                continue;
            }
            i--;
        }
        int headline = i;
        // the lower line is a standfirst (a tabloid prints two or three of them as bullets under the headline)
        for (int k = 0; k < MAX_STANDFIRST_LINES && headline - 1 >= 0; k++) {
            // a video's label and running time may stand between a headline and its standfirst ("Video" / "2:14")
            int upper = headline - 1;
            while (upper > 0 && headline - upper <= MAX_MEDIA_LINES
                    && LineShapes.isMediaLabel(blocks.get(upper).text(), blocks.get(upper).words())) {
                upper--;
            }
            // the date or the author line may stand between a headline and its standfirst, never between two lines of it
            while (k == 0 && upper > 0 && headline - upper <= MAX_LINES_BETWEEN && chrome[upper]
                    && authorOrDateLine(blocks.get(upper))) {
                upper--;
            }
            if (chrome[upper] || !headlineAboveStandfirst(blocks.get(upper), blocks.get(headline))) {
                break;
            }
            headline = upper;
        }
        // an obituary's headline is the person's name, over the years of the life and a line on who they were
        if (headline >= 2 && LineShapes.isLifeSpan(blocks.get(headline - 1).text()) && Byline.nameLine(blocks.get(headline - 2).text()) != null) {
            headline -= 2;
        }
        return new ArticleHeader(headline, byline(blocks, headline, top, nameLine));
    }

    /**
     * The author line under the line that holds {@code headline}, wherever that stands: a page laid out on a grid may
     * print its header after the story; null when no author line follows within a few lines.
     */
    static String bylineUnder(List<PageBlock> blocks, String headline) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().strip().equalsIgnoreCase(headline)) {
                for (int k = i + 1; k < blocks.size() && k <= i + MAX_AUTHOR_LINES; k++) {
                    String by = Byline.afterLeadIn(blocks.get(k).text());
                    if (by != null) {
                        return by;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean authorOrDateLine(PageBlock b) {
        String t = b.text().strip();
        return Byline.afterLeadIn(t) != null || LineShapes.isDateLine(t, b.words());
    }

    /** Whether a headline stands right above line {@code i}, or above a standfirst written as a sentence right above it. */
    private static boolean titleAbove(List<PageBlock> blocks, boolean[] chrome, int i) {
        // a date line or a photo credit may stand between them: "Headline" / "Photograph: ..." / "Date" / "Amit Rao in Lima"
        for (int skipped = 0; i - 1 >= 0 && chrome[i - 1] && skipped < MAX_LINES_BETWEEN; skipped++) {
            i--;
        }
        if (i - 1 < 0 || chrome[i - 1]) {
            return false;
        }
        if (titleLike(blocks.get(i - 1))) {
            return true;
        }
        PageBlock standfirst = blocks.get(i - 1);
        return standfirst.endsLikeSentence() && standfirst.words() >= MIN_STANDFIRST_WORDS
                && i - 2 >= 0 && !chrome[i - 2] && titleLike(blocks.get(i - 2));
    }

    /**
     * How many short title-like lines, none of them names, stand one above the other from line {@code i} up: three or
     * more are a list (a live blog's key points), not a headline over its standfirst.
     */
    private static int listItems(List<PageBlock> blocks, boolean[] chrome, int i) {
        int k = i;
        while (k >= 0 && !chrome[k] && titleLike(blocks.get(k)) && blocks.get(k).words() <= MAX_LIST_ITEM_WORDS
                && Byline.nameLine(blocks.get(k).text()) == null) {
            k--;
        }
        return i - k;
    }

    /**
     * Whether {@code upper}, right above a title-like line, is the headline over its standfirst rather than a
     * kicker over the headline: it looks like a title and is not much shorter than the line below (a kicker is
     * a word or three: "Local elections 2025"), or it is written as a sentence ("River declared dead zone") over a
     * standfirst of a dozen words or more, where a label of four words is capitalised throughout ("Harbour Council
     * By-Election Results") or sits over a headline of ordinary length ("Today's top story").
     */
    private static boolean headlineAboveStandfirst(PageBlock upper, PageBlock lower) {
        int words = upper.words();
        // a line in capitals over one in mixed case is a kicker ("ELECTION 2025: THE RACE FOR THE CAPITAL")
        // a row of labels between separators ("Issue 214 · Winter 2026", "Metro | City Hall") is the page's, not a headline
        return titleLike(upper) && words >= MIN_UPPER_TITLE_WORDS && !LineShapes.hasSeparator(upper.text())
                && (!LineShapes.isCapitals(upper.text()) || LineShapes.isCapitals(lower.text()))
                && (words >= KICKER_MAX_WORDS + 1 || 2 * words >= lower.words() || !LineShapes.isTitleCase(upper.text()) && lower.words() >= MIN_STANDFIRST_UNDER_SHORT_TITLE)
                && Byline.nameLine(upper.text()) == null;
    }

    /** A "By ..." line of the header (under the headline first), else the line of names under the headline. */
    private static String byline(List<PageBlock> blocks, int headline, int top, int nameLine) {
        for (int i = Math.max(0, headline + 1); i < top; i++) {
            String by = Byline.afterLeadIn(blocks.get(i).text());
            if (by != null) {
                // one "By" line per author: "By Lowri Evans, Business Reporter" / "By Idris Bevan, Data Reporter"
                List<String> people = new ArrayList<>(List.of(by));
                for (int k = i + 1; k < top; k++) {
                    String t = blocks.get(k).text().strip();
                    // "By Rowan Adeyemi" / "and Kalinda Morrow": the second author on a line of their own
                    String next = t.startsWith("and ") ? Byline.nameLine(t.substring(4)) : Byline.afterLeadIn(t);
                    if (next == null) {
                        break;
                    }
                    people.add(next);
                }
                return Byline.joined(people);
            }
        }
        if (nameLine >= 0) {
            return Byline.nameLine(blocks.get(nameLine).text());
        }
        // name lines right under the headline or its standfirst that the walk did not need to pass, each author on
        // a line of their own, perhaps with a role line under it ("Catrin Price" / "Political Editor" / "Rhodri Banks")
        List<String> people = new ArrayList<>();
        boolean afterAuthor = false;
        for (int i = headline + 1; headline >= 0 && i < Math.min(top, headline + MAX_AUTHOR_LINES); i++) {
            String t = blocks.get(i).text();
            String names = Byline.nameLine(t);
            // "Amit Rao · Transport Reporter · 11 February 2025" is a date line too, but its names hold no date
            boolean ofNames = names != null && (!LineShapes.isDateLine(t, blocks.get(i).words()) || !LineShapes.hasDateWord(names));
            if (ofNames && (people.isEmpty() || afterAuthor)) {
                people.add(names);
            } else if (!people.isEmpty() && !JournalistRoles.isRole(t)) {
                break;
            }
            afterAuthor = !people.isEmpty() && (ofNames || JournalistRoles.isRole(t));
        }
        if (!people.isEmpty()) {
            return Byline.joined(people);
        }
        for (int i = 0; i < Math.max(0, headline); i++) {
            String by = Byline.afterLeadIn(blocks.get(i).text());
            if (by != null) {
                return by;
            }
        }
        // a columnist's name and role above the headline ("Marguerite Delacroix" / "Columnist" / headline): a role
        // line under the names, or a role after them, tells them from a kicker in title case
        for (int i = Math.max(0, headline - MAX_LINES_BETWEEN); i < headline; i++) {
            String t = blocks.get(i).text();
            String names = Byline.nameLine(t);
            // or a date after them: "Amit Rao 3 days ago 2 min read" over the headline, as a blog platform prints it
            boolean tail = names != null && !names.equals(t.strip())
                    && (JournalistRoles.isRole(t) || LineShapes.isDateLine(t, blocks.get(i).words()));
            if (names != null && (JournalistRoles.isRole(blocks.get(i + 1).text()) || tail)) {
                return names;
            }
        }
        return null;
    }

    /**
     * A short headline a magazine prints with a full stop ("The town that said no to the bypass."): one sentence of a
     * few words, opening like a title, with an author line right under it, where a story's paragraph never stands.
     */
    private static boolean titleWithStop(List<PageBlock> blocks, int i) {
        PageBlock b = blocks.get(i);
        String t = b.text().strip();
        if (b.words() < MIN_TITLE_WORDS || b.words() > MAX_STOPPED_TITLE_WORDS || !t.endsWith(".") || t.indexOf(". ") >= 0
                || !opensLikeTitle(t) || i + 1 >= blocks.size()) {
            return false;
        }
        return Byline.afterLeadIn(blocks.get(i + 1).text()) != null;
    }

    /** A first word in lower case with a capital inside it, as brands write themselves: "eBay", "iPhone", "easyJet". */
    private static boolean brandWord(String t) {
        for (int i = 1; i < t.length() && Character.isLetter(t.charAt(i)); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Could be a headline: a few words, opening with a capital, a digit or a quote, not ending like a sentence, not furniture. */
    static boolean titleLike(PageBlock b) {
        int words = b.words();
        if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) {
            return false;
        }
        String t = b.text().strip();
        if (t.endsWith(".") || !opensLikeTitle(t)) {
            return false;
        }
        return (!LineShapes.isCapitals(t) || words >= MIN_CAPITALS_TITLE_WORDS) && !LineShapes.isNavigation(t) && !LineShapes.isDateLine(t, words)
                && !LineShapes.isCredit(t, words) && !Byline.hasLeadIn(t) && !BoilerplatePhrases.matches(b);
    }

    private static boolean opensLikeTitle(String t) {
        int cp = t.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
            return true;
        }
        int next = t.length() > Character.charCount(cp) ? t.codePointAt(Character.charCount(cp)) : ' ';
        if (Character.getType(cp) == Character.CURRENCY_SYMBOL && Character.isDigit(next)) {
            return true; // "$4bn takeover ...", "£2m fine ..."
        }
        if (Character.isLowerCase(cp) && brandWord(t)) {
            return true; // "eBay to charge ...", "iPhone sales ..."
        }
        if ("'\"\u2018\u201C\u00AB".indexOf(cp) >= 0 && t.length() > 1) {
            return Character.isUpperCase(next) || Character.isDigit(next);
        }
        return false;
    }
}
