package io.newsdesk.enrich.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which blocks of a raw scraped page are the article, found with general signals rather than a list of
 * known sites: the article body is the run of sentence-like blocks (long enough, ending like a sentence,
 * rich in function words, few links); what precedes it is header and navigation except the headline (the
 * last short title-like line before the body) and a standfirst; what follows it is footer once the first
 * non-sentence block appears; inside the body, blocks with boilerplate wording, link-heavy blocks, menus of
 * short lines and lines repeated on the page are dropped. Page furniture is chrome wherever it stands: date and
 * time lines, credits and the caption under a credit, author lines ({@link LineShapes}, {@link Byline}). A
 * paragraph that opens with a dateline ("HOUSTON — ") starts the body even when it is short. The headline and
 * the author line are read from the header above the body ({@link ArticleHeader}).
 *
 * @param kept     whether each block is the article's
 * @param headline the index of the headline block, or -1
 * @param byline   the authors named in the page's header, or null
 */
record PageLayout(boolean[] kept, int headline, String byline) {
    /** A caption under a photo credit is a line or two, shorter than a news paragraph. */
    private static final int MAX_CAPTION_WORDS = 15;
    /** A role line under an author line ("Sun Sports Writer"). */
    private static final int MAX_ROLE_WORDS = 4;
    /** Date, credit and author lines are short; no check of them runs on a longer block. */
    private static final int MAX_FURNITURE_WORDS = 30;
    /** How far above the headline the breadcrumb or title line that repeats it stands. */
    private static final int MAX_CRUMB_DISTANCE = 6;
    /** How far under a caption or an advert at the top of a page its header's headline, and under that its author line, stand. */
    private static final int MAX_LINES_TO_HEADER = 4;

    boolean keep(int i) {
        return kept[i];
    }

    static PageLayout of(List<PageBlock> blocks) {
        int n = blocks.size();
        boolean[] chrome = new boolean[n];
        boolean[] body = new boolean[n];
        Map<String, Integer> seen = new HashMap<>();
        for (PageBlock b : blocks) {
            seen.merge(withoutArticle(b.normalized()), 1, Integer::sum);
        }
        boolean[] credit = new boolean[n];
        boolean[] author = new boolean[n];
        for (int i = 0; i < n; i++) {
            PageBlock b = blocks.get(i);
            // a site's name printed again with or without its article ("Atlantic Ledger", "The Atlantic Ledger")
            boolean repeated = seen.get(withoutArticle(b.normalized())) > 1 && b.words() <= 12 && !repeatsCrumb(blocks, i);
            boolean furniture = isFurniture(blocks, i, credit, author); // first: it records credits and authors for the next block
            chrome[i] = furniture || BoilerplatePhrases.matches(b) || b.linkDensity() > 0.5 || repeated;
            body[i] = !chrome[i] && (isBodyParagraph(b) || opensWithDateline(b));
        }
        markMenus(blocks, chrome);
        markCaptionsAboveCredits(blocks, chrome, body);
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (body[i]) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        first = afterHeaderLines(blocks, body, first);
        first = afterKeyPoints(blocks, body, first);
        first = underHeadlineBelow(blocks, chrome, body, first);
        boolean[] kept = new boolean[n];
        if (first < 0) {
            // no paragraph looks like prose (a very short item): keep whatever is not chrome
            for (int i = 0; i < n; i++) {
                kept[i] = !chrome[i];
            }
            return new PageLayout(kept, -1, ArticleHeader.read(blocks, chrome, n).byline());
        }
        for (int i = first; i <= last; i++) {
            kept[i] = !chrome[i];
        }
        // a closing line or two ("He was 74.") still belongs to the story, until the footer starts
        for (int i = last + 1; i < n && !chrome[i] && sentenceLike(blocks.get(i), 2); i++) {
            kept[i] = true;
        }
        // a standfirst directly above the body belongs to it; above that sit the headline and the header
        int top = first;
        while (top - 1 >= 0 && !chrome[top - 1] && sentenceLike(blocks.get(top - 1), 8) && blocks.get(top - 1).listTag() == null) {
            top--;
            kept[top] = true;
        }
        ArticleHeader header = ArticleHeader.read(blocks, chrome, top);
        String byline = header.byline() != null ? header.byline() : closingCredit(blocks, first);
        // a standfirst under the headline introduces the story but is not its first paragraph (nor its summary); a
        // short first paragraph under the author and date lines is the story's ("Two men were shot on Sunday.")
        int headerEnd = header.headline();
        for (int i = header.headline() + 1; header.headline() >= 0 && i < first; i++) {
            if (isAuthorOrDateLine(blocks.get(i))) {
                headerEnd = i;
            }
        }
        for (int i = header.headline() + 1; header.headline() >= 0 && i < first; i++) {
            kept[i] = kept[i] && (i > headerEnd || opensWithDateline(blocks.get(i)));
        }
        return new PageLayout(kept, header.headline(), byline);
    }

    /** The reporters a wire story credits at its end ("(Reporting by ...)"), for a page whose header names no author. */
    private static String closingCredit(List<PageBlock> blocks, int first) {
        for (int i = blocks.size() - 1; i > first; i--) {
            String names = Byline.closingCredit(blocks.get(i).text());
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    /**
     * The body's first paragraph when an author or date line follows right under what looked like it: that was a
     * standfirst written as a sentence, and the story starts at the next paragraph after the header's lines.
     */
    private static int afterHeaderLines(List<PageBlock> blocks, boolean[] body, int first) {
        for (int j = first + 1; first >= 0 && j < blocks.size() && j <= first + 2; j++) {
            String t = blocks.get(j).text().strip();
            if (LineShapes.isBareTime(t, blocks.get(j).words())) {
                return first; // a live blog's stamp over the next post: what is above it was a post, not a standfirst
            }
            if (isAuthorOrDateLine(blocks.get(j)) || namedAuthor(blocks, j)) {
                for (int k = j + 1; k < blocks.size(); k++) {
                    if (body[k]) {
                        return k;
                    }
                }
            }
        }
        return first;
    }

    /** A bare name with the author's role or the date on the line under it: "Hamish Ogunleye" / "Political Editor". */
    private static boolean namedAuthor(List<PageBlock> blocks, int j) {
        if (j + 1 >= blocks.size() || Byline.nameLine(blocks.get(j).text()) == null) {
            return false;
        }
        String next = blocks.get(j + 1).text().strip();
        return JournalistRoles.isRole(next) || LineShapes.isDateLine(next, blocks.get(j + 1).words());
    }

    /**
     * The body's first paragraph under the page's header when what looked like the body's start stands above that
     * header, a headline with an author or date line under it: a photo's caption or an advert written as sentences at
     * the top of the page. Only a page with no headline above that start is read so (a live blog's posts each have a
     * title and an author line, under the page's own headline).
     */
    private static int underHeadlineBelow(List<PageBlock> blocks, boolean[] chrome, boolean[] body, int first) {
        if (first < 0 || ArticleHeader.read(blocks, chrome, first).headline() >= 0) {
            return first;
        }
        for (int j = first + 1; j < blocks.size() && j <= first + MAX_LINES_TO_HEADER && !body[j]; j++) {
            if (chrome[j] || !ArticleHeader.titleLike(blocks.get(j))) {
                continue;
            }
            boolean authorOrDate = false;
            for (int k = j + 1; k < blocks.size() && k <= j + MAX_LINES_TO_HEADER; k++) {
                authorOrDate |= isAuthorOrDateLine(blocks.get(k));
                if (body[k]) {
                    return authorOrDate ? k : first;
                }
            }
            return first;
        }
        return first;
    }

    /**
     * The body's first paragraph after a box of key points listed above it: the list's items summarise the story, the
     * paragraph under them starts it. A story that is nothing but a list keeps its first item.
     */
    private static int afterKeyPoints(List<PageBlock> blocks, boolean[] body, int first) {
        if (first < 0 || blocks.get(first).listTag() == null) {
            return first;
        }
        for (int k = first + 1; k < blocks.size(); k++) {
            if (body[k] && blocks.get(k).listTag() == null) {
                return k;
            }
        }
        return first;
    }

    /**
     * Furniture: a date or time line, a credit, an author line, a role line under an author line, or a
     * short caption under a credit. Records whether block {@code i} is a credit or an author line for the
     * block after it.
     */
    private static boolean isFurniture(List<PageBlock> blocks, int i, boolean[] credit, boolean[] author) {
        PageBlock b = blocks.get(i);
        int words = b.words();
        if (words > MAX_FURNITURE_WORDS) {
            return false; // a paragraph: the checks below are for lines (and this is most of the blocks)
        }
        String t = b.text().strip();
        credit[i] = LineShapes.isCredit(t, words);
        author[i] = !credit[i] && Byline.afterLeadIn(t) != null;
        if (credit[i] || author[i] || LineShapes.isDateLine(t, words)) {
            return true;
        }
        if (i == 0 || opensWithDateline(b)) {
            return false;
        }
        boolean caption = words <= MAX_CAPTION_WORDS && credit[i - 1] && !abovePageLines(blocks, i);
        boolean role = words <= MAX_ROLE_WORDS && !b.endsLikeSentence() && author[i - 1];
        return caption || role;
    }

    /**
     * Whether an author or date line follows block {@code i}: then it heads the article's header (a headline under a
     * photo and its credit), since no caption has a byline under it.
     */
    private static boolean abovePageLines(List<PageBlock> blocks, int i) {
        if (i + 1 >= blocks.size()) {
            return false;
        }
        return isAuthorOrDateLine(blocks.get(i + 1));
    }

    private static boolean isAuthorOrDateLine(PageBlock b) {
        String t = b.text().strip();
        return Byline.afterLeadIn(t) != null || LineShapes.isDateLine(t, b.words());
    }

    private static boolean opensWithDateline(PageBlock b) {
        return b.words() >= 8 && LineShapes.startsWithDateline(b.text());
    }

    private static boolean isBodyParagraph(PageBlock b) {
        int words = b.words();
        double stop = b.stopWordRatio();
        return (words >= 12 && b.endsLikeSentence() && stop >= 0.2) || (words >= 30 && stop >= 0.25);
    }

    private static boolean sentenceLike(PageBlock b, int minWords) {
        return b.words() >= minWords && b.endsLikeSentence() && b.linkDensity() <= 0.5;
    }

    /**
     * Whether a title-like line repeats one of the few lines right above it with no other title between: a
     * breadcrumb's last item naming the story over the headline itself, which stays.
     */
    private static boolean repeatsCrumb(List<PageBlock> blocks, int i) {
        if (!ArticleHeader.titleLike(blocks.get(i))) {
            return false;
        }
        String key = withoutArticle(blocks.get(i).normalized());
        for (int k = i + 1; k < blocks.size(); k++) {
            if (withoutArticle(blocks.get(k).normalized()).equals(key)) {
                return false; // not the last time the line appears
            }
        }
        // upwards to the copy, over nothing that could be a headline (a site's name under its headline is chrome)
        for (int k = i - 1; k >= Math.max(0, i - MAX_CRUMB_DISTANCE); k--) {
            if (withoutArticle(blocks.get(k).normalized()).equals(key)) {
                return true;
            }
            if (ArticleHeader.titleLike(blocks.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static String withoutArticle(String normalized) {
        return normalized.startsWith("the ") ? normalized.substring(4) : normalized;
    }

    /**
     * A photo's caption printed above its credit ("Members of the council at a budget meeting." / "(Image: Civic
     * Pictures)") before the story has started: chrome, though it reads like a sentence. Inside the story a credit may
     * stand under a paragraph as well as under a caption, so only the page's top is read so.
     */
    private static void markCaptionsAboveCredits(List<PageBlock> blocks, boolean[] chrome, boolean[] body) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            PageBlock next = blocks.get(i + 1);
            if (body[i] && blocks.get(i).words() <= MAX_FURNITURE_WORDS && LineShapes.isCredit(next.text().strip(), next.words())
                    && !LineShapes.startsWithDateline(blocks.get(i).text()) && titleUnder(blocks, i + 2, body)) {
                chrome[i] = true;
                body[i] = false;
                // the credit closes the caption above it, so a title under it is the headline, not a second caption
                if (i + 2 < blocks.size() && ArticleHeader.titleLike(blocks.get(i + 2)) && blocks.get(i + 2).linkDensity() <= 0.5) {
                    chrome[i + 2] = false;
                }
            } else if (body[i]) {
                return;
            }
        }
    }

    /**
     * Whether a title-like line follows from block {@code from} on before the next paragraph: the headline under a
     * photo's caption and credit. A story's first paragraph with a photo's credit under it has none.
     */
    private static boolean titleUnder(List<PageBlock> blocks, int from, boolean[] body) {
        for (int k = from; k < blocks.size() && k < from + 2 && !body[k]; k++) {
            if (ArticleHeader.titleLike(blocks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Three or more consecutive short lines without sentence punctuation are a menu. */
    private static void markMenus(List<PageBlock> blocks, boolean[] chrome) {
        int run = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean menuItem = i < blocks.size() && blocks.get(i).words() <= 4 && !blocks.get(i).endsLikeSentence();
            if (menuItem) {
                run++;
            } else {
                if (run >= 3) {
                    // a short headline ends the run ("Rates Held Steady" under "Markets"), with its standfirst or
                    // author line under it
                    boolean headline = i < blocks.size() && ArticleHeader.titleLike(blocks.get(i - 1))
                            && (ArticleHeader.titleLike(blocks.get(i)) || Byline.afterLeadIn(blocks.get(i).text()) != null);
                    for (int k = i - run; k < (headline ? i - 1 : i); k++) {
                        chrome[k] = true;
                    }
                }
                run = 0;
            }
        }
    }
}
