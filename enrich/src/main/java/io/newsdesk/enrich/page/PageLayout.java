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
 * short lines and lines repeated on the page are dropped.
 *
 * @param kept     whether each block is the article's
 * @param headline the index of the headline block, or -1
 */
record PageLayout(boolean[] kept, int headline) {

    boolean keep(int i) {
        return kept[i];
    }

    static PageLayout of(List<PageBlock> blocks) {
        int n = blocks.size();
        boolean[] chrome = new boolean[n];
        boolean[] body = new boolean[n];
        Map<String, Integer> seen = new HashMap<>();
        for (PageBlock b : blocks) {
            seen.merge(b.normalized(), 1, Integer::sum);
        }
        for (int i = 0; i < n; i++) {
            PageBlock b = blocks.get(i);
            boolean repeated = seen.get(b.normalized()) > 1 && b.words() <= 12;
            chrome[i] = BoilerplatePhrases.matches(b) || b.linkDensity() > 0.5 || repeated;
            body[i] = !chrome[i] && isBodyParagraph(b);
        }
        markMenus(blocks, chrome);
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
        boolean[] kept = new boolean[n];
        if (first < 0) {
            // no paragraph looks like prose (a very short item): keep whatever is not chrome
            for (int i = 0; i < n; i++) {
                kept[i] = !chrome[i];
            }
            return new PageLayout(kept, -1);
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
        while (top - 1 >= 0 && !chrome[top - 1] && sentenceLike(blocks.get(top - 1), 8)) {
            top--;
            kept[top] = true;
        }
        int headline = -1;
        for (int i = top - 1; i >= 0; i--) {
            if (!chrome[i] && titleLike(blocks.get(i))) {
                headline = i;
                break;
            }
        }
        return new PageLayout(kept, headline);
    }

    private static boolean isBodyParagraph(PageBlock b) {
        int words = b.words();
        double stop = b.stopWordRatio();
        return (words >= 12 && b.endsLikeSentence() && stop >= 0.2) || (words >= 30 && stop >= 0.25);
    }

    private static boolean sentenceLike(PageBlock b, int minWords) {
        return b.words() >= minWords && b.endsLikeSentence() && b.linkDensity() <= 0.5;
    }

    private static boolean titleLike(PageBlock b) {
        int words = b.words();
        if (words < 3 || words > 25) {
            return false;
        }
        String t = b.text().strip();
        if (t.endsWith(".") || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) {
            return false;
        }
        return true;
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
                    for (int k = i - run; k < i; k++) {
                        chrome[k] = true;
                    }
                }
                run = 0;
            }
        }
    }
}
