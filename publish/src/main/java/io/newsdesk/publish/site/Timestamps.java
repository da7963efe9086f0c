package io.newsdesk.publish.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as machine-readable outputs write them (Atom, sitemaps, ninjs, JSON): ISO-8601 in UTC. */
public final class Timestamps {
    private Timestamps() {
    }

    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
