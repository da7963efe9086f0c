package io.newsdesk.enrich.stage;

/**
 * Every cleaner, tagger and enricher names itself and its version. The versions are recorded in each
 * output record's {@code processors} map, so the archive can be re-processed when one improves.
 */
public interface Versioned {
    /** Short stable name, e.g. {@code media-topics}. */
    String name();

    /** Bumped whenever the output for the same input may change, e.g. {@code 3}. */
    String version();
}
