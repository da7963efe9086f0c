package io.newsdesk.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text by their marks: straight and curly double quotes paired within a
 * paragraph, a straight quote opening only where it is not glued to the end of a word (the 12" of a pipe
 * is no quotation); guillemets ({@code « »}, and {@code ‹ ›} outside them) and the low-high pair {@code „ “}
 * closing only with their own closing mark. A paragraph that ends inside an open quotation continues it in the next paragraph when
 * that one opens with a quotation mark again, the newspaper convention for a quotation over several
 * paragraphs. Who said it is {@link SpeakerAttribution}'s question.
 */
public final class QuotationMarks {
    private static final char[] MARKS = {'\n', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2039', '\u203A'};

    /** The quotations of {@code body} in text order. */
    public List<Quotation> find(String body) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        boolean continued = false;
        // Only newlines and quotation marks matter: String.indexOf finds the next of each (a vectorised scan).
        int[] nextMark = new int[MARKS.length];
        for (int k = 0; k < MARKS.length; k++) {
            nextMark[k] = body.indexOf(MARKS[k]);
        }
        for (int i = nextMark(body, nextMark, 0); i >= 0; i = nextMark(body, nextMark, i + 1)) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (open >= 0 && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    // paragraph break inside an open quotation
                    out.add(new Quotation(open, trimEnd(body, i), continued));
                    int next = i + 2;
                    while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                        next++;
                    }
                    if (next < body.length() && opensParagraph(body.charAt(next))) {
                        open = next + 1;
                        opener = body.charAt(next);
                        continued = true;
                        i = next;
                    } else {
                        open = -1;
                        continued = false;
                    }
                }
                continue;
            }
            if (open < 0) {
                if (c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '\u2039' || c == '"' && opensHere(body, i)) {
                    open = i + 1;
                    opener = c;
                    continued = false;
                }
            } else if (closes(opener, c)) {
                if (i > open) {
                    out.add(new Quotation(open, i, continued));
                }
                open = -1;
                continued = false;
            }
        }
        return out;
    }

    /** The offset of the first of the marks at or after {@code from}, or -1; {@code next} holds each mark's next offset. */
    private static int nextMark(String body, int[] next, int from) {
        int first = -1;
        for (int k = 0; k < MARKS.length; k++) {
            if (next[k] >= 0 && next[k] < from) {
                next[k] = body.indexOf(MARKS[k], from);
            }
            if (next[k] >= 0 && (first < 0 || next[k] < first)) {
                first = next[k];
            }
        }
        return first;
    }

    /** Whether {@code c} closes a quotation opened by {@code opener}. */
    private static boolean closes(char opener, char c) {
        switch (opener) {
            case '\u00AB':
                return c == '\u00BB';
            case '\u2039':
                return c == '\u203A';
            case '\u201E':
                return c == '\u201C' || c == '\u201D';
            default:
                return c == '\u201D' || c == '"';
        }
    }

    /** A paragraph opening with one of these carries on the quotation of the paragraph before. */
    private static boolean opensParagraph(char c) {
        return c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u201E';
    }

    /** Any quotation mark this class reads, opening or closing. */
    static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E' || c == '\u2039' || c == '\u203A';
    }

    private static int trimEnd(String body, int i) {
        int e = i;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A straight quote opens when it is not glued to the end of a word ("12" in 12" pipe is not a quote). */
    private static boolean opensHere(String body, int i) {
        return i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) || body.charAt(i - 1) == ' ';
    }
}
