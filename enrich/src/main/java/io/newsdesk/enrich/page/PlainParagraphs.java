package io.newsdesk.enrich.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text body into blocks and renders them as {@code <p>} paragraphs exactly as escaping each block and
 * passing the result through jsoup's parser and the publishing allowlist would, without parsing.
 *
 * <p>Why: most bodies arrive as plain text from CMSes and wires, and parsing and re-rendering HTML that we
 * built ourselves from escaped text would be most of the enrich stage's cost (see BENCHMARKS.md). For such blocks the round trip is
 * fixed: the parser gives back each block's text unchanged and the renderer escapes {@code &}, {@code <},
 * {@code >} and the no-break space. Characters for which that is not proven (controls, surrogates,
 * noncharacters, a byte-order mark, and supplementary code points that jsoup writes as numeric references) make {@link #render}
 * decline, and the caller takes the jsoup path. {@code NewsPageCleanerPlainTextShortcutTest} checks every
 * code point accepted here against jsoup; {@code ApprovedCleanerTest} holds thousands of generated bodies to
 * their approved output.
 */
final class PlainParagraphs {

    private PlainParagraphs() {
    }

    /**
     * The blocks of a text body: one per line for a raw page or a body without blank lines (a scraper hands over one
     * block per line; a line is the unit of chrome), else one per paragraph (lines separated by a line holding only
     * spaces or tabs). Whitespace inside a block is collapsed to single spaces.
     */
    /**
     * A text browser wraps lines at 70 to 80 characters: a shorter line above ends where its writer ended it, and a
     * longer one was never wrapped ("... co-sponsored by ... Association" over "bottom of page").
     */
    private static final int MIN_WRAPPED_CHARS = 60;
    private static final int MAX_WRAPPED_CHARS = 80;

    static List<PageBlock> split(String body, boolean raw) {
        String normalized = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
        List<PageBlock> out = new ArrayList<>();
        boolean hasBlankLines = normalized.strip().contains("\n\n");
        int n = normalized.length();
        int start = 0;
        if (raw || !hasBlankLines) {
            boolean afterLine = false; // a wrapped line's rest stands on the very next line, never after a blank one
            for (int i = 0; i <= n; i++) {
                if (i == n || normalized.charAt(i) == '\n') {
                    String line = normalized.substring(start, i);
                    int before = out.size();
                    if (raw && afterLine && continues(out, line)) {
                        PageBlock previous = out.remove(out.size() - 1);
                        add(previous.text() + " " + line.strip(), out);
                        afterLine = true;
                    } else {
                        add(line, out);
                        afterLine = out.size() > before;
                    }
                    start = i + 1;
                }
            }
            return out;
        }
        // a paragraph break is a line break, spaces or tabs, and a line break, matched leftmost first and without overlap
        int i = 0;
        while (i < n) {
            if (normalized.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && (normalized.charAt(j) == ' ' || normalized.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && normalized.charAt(j) == '\n') {
                    add(normalized.substring(start, i), out);
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
        add(normalized.substring(start), out);
        return out;
    }

    /**
     * Whether a raw page's line carries on the line above it, as a text browser wraps a long line: it opens with a word
     * in lower case under a line of a wrapped line's length that ends with no stop or colon, and is not a line of its own.
     */
    private static boolean continues(List<PageBlock> out, String line) {
        String t = line.strip();
        if (out.isEmpty() || t.isEmpty() || !Character.isLowerCase(t.codePointAt(0))) {
            return false;
        }
        String above = out.get(out.size() - 1).text();
        char end = above.charAt(above.length() - 1);
        int firstWordEnd = t.indexOf(' ') < 0 ? t.length() : t.indexOf(' ');
        boolean brand = !t.substring(0, firstWordEnd).equals(t.substring(0, firstWordEnd).toLowerCase(java.util.Locale.ROOT));
        // a site's address ("site.example") or an author line in lower case ("by Amit Rao") stands on a line of its own
        boolean ownLine = firstWordEnd == t.length() || t.startsWith("by ") || t.substring(0, firstWordEnd).indexOf('.') >= 0;
        return above.length() >= MIN_WRAPPED_CHARS && above.length() <= MAX_WRAPPED_CHARS && Character.isLetterOrDigit(end) && !brand && !ownLine;
    }

    private static void add(String piece, List<PageBlock> out) {
        String t = collapseWhitespace(piece.strip());
        if (!t.isEmpty()) {
            out.add(new PageBlock(t, null, 0, null));
        }
    }

    /** Each run of regex {@code \\s} characters (space, tab, line feed, vertical tab, form feed, return) becomes one space. */
    static String collapseWhitespace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isRegexSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s; // nothing to collapse: every run is a single plain space
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                sb.append(' ');
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** The rendered paragraphs, or null when a block has markup, is a list item, or holds a character not proven safe. */
    static String render(List<PageBlock> blocks) {
        for (PageBlock b : blocks) {
            if (b.html() != null || b.listTag() != null) {
                return null;
            }
        }
        // The pieces are joined once at the end: String.join sizes its result exactly and copies each piece once,
        // where a StringBuilder of estimated capacity and its toString made two body-sized arrays per article.
        String[] pieces = new String[3 * blocks.size()];
        int k = 0;
        for (PageBlock b : blocks) {
            String escaped = escaped(b.text());
            if (escaped == null) {
                return null;
            }
            pieces[k++] = "<p>";
            pieces[k++] = escaped;
            pieces[k++] = "</p>";
        }
        return String.join("", pieces);
    }

    /**
     * A block's text as rendered: itself when it needs no escape (nearly always), else with {@code &}, {@code <},
     * {@code >} and the no-break space escaped; null when it holds a character not proven safe. One pass both
     * checks and escapes.
     */
    private static String escaped(String t) {
        StringBuilder sb = null;
        int copied = 0;
        int n = t.length();
        for (int i = 0; i < n; ) {
            char c = t.charAt(i);
            String escape;
            int width = 1;
            if (c >= 0x20 && c < 0x7f) {
                if (c != '&' && c != '<' && c != '>') {
                    i++; // printable ASCII other than the three escapes, the bulk of any text
                    continue;
                }
                escape = c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;";
            } else {
                int cp = t.codePointAt(i);
                if (!renderable(cp)) {
                    return null;
                }
                width = Character.charCount(cp);
                escape = cp == '\u00a0' ? "&nbsp;" : null;
            }
            if (escape != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 16);
                }
                sb.append(t, copied, i).append(escape);
                copied = i + 1;
            }
            i += width;
        }
        return sb == null ? t : sb.append(t, copied, n).toString();
    }

    static boolean renderable(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++; // printable ASCII, the bulk of any text
                continue;
            }
            int cp = text.codePointAt(i);
            if (!renderable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Code points that jsoup's parse-and-render round trip is proven to leave as they are (bar the four escapes). */
    static boolean renderable(int cp) {
        if (cp < 0x20) {
            return false; // controls; tab, newline and form feed never reach here (collapsed to spaces)
        }
        if (cp >= 0x7f && cp < 0xa0) {
            return false; // DEL and C1 controls
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false; // a lone surrogate (codePointAt returns paired ones as one code point)
        }
        if (cp == 0xfeff || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe) {
            return false; // byte-order mark and noncharacters
        }
        if (cp > 0xffff && (cp & 0xf800) == 0xd800) {
            return false; // jsoup 1.21 writes these (U+1D800..U+1DFFF and the like in every plane) as &#x..; references
        }
        return true;
    }
}
