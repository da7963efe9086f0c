package io.newsdesk.publish.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into a {@link Snippet}: the sentence in parts, the matched words
 * marked, whitespace folded, an ellipsis where the body goes on. No markup: each output escapes and marks
 * the parts itself.
 */
final class SnippetFormatter extends PassageFormatter {
    private static final String ELLIPSIS = "\u2026";

    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        for (Passage passage : passages) {
            int at = passage.getStartOffset();
            // A passage begins just after the previous full stop: its leading space is not part of it.
            while (at < passage.getEndOffset() && Character.isWhitespace(content.charAt(at))) {
                at++;
            }
            if (at > 0) {
                plain(parts, ELLIPSIS + " ");
            }
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
                if (end <= start) {
                    continue;
                }
                plain(parts, content.substring(at, start));
                parts.add(new Snippet.Part(content.substring(start, end), true));
                at = end;
            }
            plain(parts, content.substring(at, passage.getEndOffset()).stripTrailing());
            if (passage.getEndOffset() < content.strip().length()) {
                plain(parts, " " + ELLIPSIS);
            }
        }
        return new Snippet(parts);
    }

    private static void plain(List<Snippet.Part> parts, String text) {
        String folded = foldSpaces(text);
        if (folded.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && !parts.get(last).match()) {
            parts.set(last, new Snippet.Part(parts.get(last).text() + folded, false));
        } else {
            parts.add(new Snippet.Part(folded, false));
        }
    }

    /**
     * Each run of whitespace (what a regular expression's {@code \s} matches: space, tab, line feed, vertical
     * tab, form feed, carriage return) as one space; the text itself when there is nothing to fold. A
     * {@code replaceAll} compiled its pattern for each part of each snippet: a twentieth of a results page's CPU.
     */
    static String foldSpaces(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
                if (c != ' ' || end > i + 1) {
                    if (out == null) {
                        out = new StringBuilder(length).append(text, 0, i);
                    }
                    out.append(' ');
                    i = end - 1;
                    continue;
                }
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
