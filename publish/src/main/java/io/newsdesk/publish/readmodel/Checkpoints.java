package io.newsdesk.publish.readmodel;

import java.util.Map;
import java.util.TreeMap;

/**
 * The consumed offsets as the index's commit data holds them: {@code partition=nextOffset} pairs,
 * comma-separated, e.g. {@code 0=1200,1=1187}. Text, so {@code CheckIndex} and a curious operator can
 * read them.
 */
final class Checkpoints {
    private Checkpoints() {
    }

    static String format(Map<Integer, Long> offsets) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(offsets).forEach((partition, offset) -> {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(partition).append('=').append(offset);
        });
        return out.toString();
    }

    /** Empty for a missing or malformed value: the index is then rebuilt rather than trusted. */
    static Map<Integer, Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        try {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                int partition = Integer.parseInt(pair.substring(0, eq));
                long offset = Long.parseLong(pair.substring(eq + 1));
                if (partition < 0 || offset < 0) {
                    return Map.of();
                }
                offsets.put(partition, offset);
            }
        } catch (RuntimeException e) {
            return Map.of();
        }
        return Map.copyOf(offsets);
    }
}
