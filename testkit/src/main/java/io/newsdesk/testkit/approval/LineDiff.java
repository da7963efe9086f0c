package io.newsdesk.testkit.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * The differing lines of two texts as unified-diff hunks ({@code -} approved, {@code +} now, two lines of
 * context), found by a longest common subsequence after the common head and tail are set aside. Meant for
 * the few hundred to few thousand lines of one approved output, where the quadratic table is small.
 */
final class LineDiff {
    private static final int CONTEXT = 2;

    private LineDiff() {
    }

    /** The hunks, each line prefixed with {@code ' '}, {@code '-'} or {@code '+'}; empty when the texts are equal. */
    static List<String> hunks(List<String> approved, List<String> actual) {
        int head = 0;
        while (head < approved.size() && head < actual.size() && approved.get(head).equals(actual.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < approved.size() - head && tail < actual.size() - head
                && approved.get(approved.size() - 1 - tail).equals(actual.get(actual.size() - 1 - tail))) {
            tail++;
        }
        List<String> a = approved.subList(head, approved.size() - tail);
        List<String> b = actual.subList(head, actual.size() - tail);
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        for (int k = Math.max(0, head - CONTEXT); k < head; k++) {
            edits.add(" " + approved.get(k));
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add("-" + a.get(i++));
            } else {
                edits.add("+" + b.get(j++));
            }
        }
        for (int k = approved.size() - tail; k < Math.min(approved.size(), approved.size() - tail + CONTEXT); k++) {
            edits.add(" " + approved.get(k));
        }
        return withContextOnly(edits);
    }

    /** Drops unchanged lines further than {@link #CONTEXT} from a change, marking each gap with "...". */
    private static List<String> withContextOnly(List<String> edits) {
        boolean[] keep = new boolean[edits.size()];
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).charAt(0) != ' ') {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(edits.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        boolean gap = false;
        for (int k = 0; k < edits.size(); k++) {
            if (keep[k]) {
                if (gap && !out.isEmpty()) {
                    out.add("...");
                }
                out.add(edits.get(k));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out;
    }
}
