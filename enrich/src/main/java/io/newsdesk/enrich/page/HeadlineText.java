package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.WordList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The headline's words as a reader names them, without what a page prints on the same line: a story label run into
 * it ("EXCLUSIVE Minister's aide ...", "LIVE Storm Dara: ..."; a label with a colon is part of the headline, "WATCH:
 * ..."), a label element glued to it in the markup ({@code <span>Opinion</span>Why ...}), a comment count inside the
 * heading, the site's name after a bar on a text copy's title line ("Stolen bells found | Fenland Mercury"); and
 * whether a headline a page's metadata gives is the one the page shows ({@link #agrees}).
 */
final class HeadlineText {
    private static final Set<String> STORY_LABELS = WordList.set("/lexicon/page/story-labels.txt");
    /**
     * "Headline | Site", "Headline :: Site": the separators a title puts before the site's name and a headline never
     * holds (a dash may join a headline's own two parts: "Fire at depot - Police Appeal").
     */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s(?:\\||::|//)\\s");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    /** The class of text only screen readers read. */
    private static final Pattern HIDDEN_CLASS = Pattern.compile("(?i)sr-only|visually-hidden|screen-reader");
    /** The class of a standfirst printed inside the heading after the headline. */
    private static final Pattern STANDFIRST_CLASS = Pattern.compile("(?i)dek|standfirst|subtitle|subhead|strapline|summary");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A site's name after the headline has a word or four; a longer part is a headline's own. */
    private static final int MAX_SITE_WORDS = 4;
    /** What is left of a headline once its label is taken off must still be one. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** Content words a visible line shares with the metadata's title before it is taken for the same headline. */
    private static final int MIN_SHARED_WORDS = 2;

    private HeadlineText() {
    }

    /**
     * A heading element's text without a label element before or after it ("Opinion", "EXCLUSIVE", "Updated") or a
     * count or a standfirst after it ("42" comments, {@code <span class=dek>}), and with a space between child
     * elements that the markup runs together.
     */
    static String of(Element heading) {
        List<Node> children = heading.childNodes();
        StringBuilder sb = new StringBuilder();
        boolean leading = true;
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            String text = child instanceof TextNode tn ? tn.text() : child instanceof Element e ? e.text() : "";
            if (child instanceof Element e && !"br".equals(e.tagName())) {
                String t = text.strip();
                if (HIDDEN_CLASS.matcher(e.className()).find()) {
                    continue; // "<span class=sr-only>Article:</span>": for screen readers, not on the page
                }
                if (!t.isEmpty() && STORY_LABELS.contains(t.toLowerCase(Locale.ROOT)) && (!leading || i + 1 < children.size())) {
                    continue; // "<span class=kicker>EXCLUSIVE</span> Minister's aide ...", "... <small>Updated</small>"
                }
                if (!leading && (COUNT.matcher(t).matches() || STANDFIRST_CLASS.matcher(e.className()).find())) {
                    continue; // "<span class=comment-count>42</span>", "<span class=dek>Services on five lines ...</span>"
                }
            }
            if ("br".equals(child.nodeName()) || !text.isBlank() && sb.length() > 0 && child instanceof Element
                    && !Character.isWhitespace(sb.charAt(sb.length() - 1)) && !text.isEmpty() && !Character.isWhitespace(text.charAt(0))
                    && Character.isLetterOrDigit(sb.charAt(sb.length() - 1)) && Character.isUpperCase(text.codePointAt(0))) {
                sb.append(' '); // "<span>Opinion</span>Why", a line break: two pieces, not one word
            }
            sb.append(text);
            leading &= text.isBlank();
        }
        String t = sb.toString().replaceAll("\\s+", " ").strip();
        return PageBlock.words(t) >= MIN_HEADLINE_WORDS ? t : heading.text().strip();
    }

    /** The headline without a story label in capitals run into it with no colon: "EXCLUSIVE Minister's aide ..." gives "Minister's aide ...". */
    static String withoutRunInLabel(String headline) {
        String t = headline;
        for (int k = 0; k < 2; k++) {
            int space = t.indexOf(' ');
            if (space <= 0) {
                return t;
            }
            String first = t.substring(0, space);
            String rest = t.substring(space + 1).stripLeading();
            if (!LineShapes.isCapitals(first) || !STORY_LABELS.contains(first.toLowerCase(Locale.ROOT)) || rest.isEmpty()
                    || !Character.isUpperCase(rest.codePointAt(0)) || LineShapes.isCapitals(rest)
                    || PageBlock.words(rest) < MIN_HEADLINE_WORDS) {
                return t;
            }
            t = rest;
        }
        return t;
    }

    /** A text copy's headline without the site's name its title adds: "Stolen bells found | Fenland Mercury". */
    static String withoutSiteName(String headline) {
        var m = SITE_SEPARATOR.matcher(headline);
        int last = -1;
        int end = -1;
        while (m.find()) {
            last = m.start();
            end = m.end();
        }
        if (last < 0) {
            return headline;
        }
        String site = headline.substring(end).strip();
        String story = headline.substring(0, last).strip();
        int siteWords = PageBlock.words(site);
        boolean named = siteWords >= 1 && siteWords <= MAX_SITE_WORDS && everyWordCapitalised(site);
        return named && PageBlock.words(story) >= MIN_HEADLINE_WORDS ? story : headline;
    }

    private static boolean everyWordCapitalised(String t) {
        for (var m = WORD.matcher(t); m.find(); ) {
            if (!Character.isUpperCase(m.group().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line the page shows is the story the metadata's titles name in other words, as a search-engine title
     * rewrites the headline ("Rail fares 2026: fares frozen again - what it means ..." over "Rail fares frozen for a
     * second year"): most of the line's content words, and two at least, are in one of the titles.
     */
    static boolean agrees(String line, List<String> titles) {
        Set<String> content = contentWords(line);
        for (String title : titles) {
            Set<String> inTitle = contentWords(title);
            int shared = 0;
            for (String w : content) {
                shared += inTitle.contains(w) ? 1 : 0;
            }
            if (shared >= MIN_SHARED_WORDS && 2 * shared >= content.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String t) {
        Set<String> words = new HashSet<>();
        for (var m = WORD.matcher(t.toLowerCase(Locale.ROOT)); m.find(); ) {
            if (!EnglishWords.isStopWord(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
