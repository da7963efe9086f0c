package io.newsdesk.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read side's index as its {@code /metrics} showed it at one moment: two of these around the reads tell
 * whether background merges took CPU from the pages measured (they run in Lucene's threads, invisible in a
 * page's latency but not in its CPU per request).
 *
 * @param segments        segments searched
 * @param merges          merges finished since the process started
 * @param mergeCpuSeconds CPU the merges took since the process started
 */
record IndexMeters(int segments, long merges, double mergeCpuSeconds) {

    /**
     * Reads the {@code newsdesk_read_model_*} samples out of a Prometheus scrape.
     *
     * @throws IllegalArgumentException when the scrape lacks one of them (a read side without the meters)
     */
    static IndexMeters parse(String scrape) {
        return new IndexMeters((int) sample(scrape, "newsdesk_read_model_segments"),
                (long) sample(scrape, "newsdesk_read_model_merges_total"),
                sample(scrape, "newsdesk_read_model_merge_cpu_seconds_total"));
    }

    private static double sample(String scrape, String name) {
        // A sample line: the name, its labels if any, a space, the value.
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape);
        if (!m.find()) {
            throw new IllegalArgumentException("the scrape has no " + name);
        }
        return Double.parseDouble(m.group(1));
    }

    /** What happened between {@code before} and this, as the report prints it. */
    String since(IndexMeters before) {
        return String.format(Locale.ROOT, "%d merges, %.1f s of merge CPU; segments %d -> %d", merges - before.merges,
                mergeCpuSeconds - before.mergeCpuSeconds, before.segments, segments);
    }
}
