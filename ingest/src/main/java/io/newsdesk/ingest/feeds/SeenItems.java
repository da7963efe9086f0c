package io.newsdesk.ingest.feeds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fingerprint of the last submitted (or rejected) state of each feed item, so that polling an
 * unchanged feed submits nothing while an edited item is submitted again as its next version.
 *
 * <p>Bounded, least recently seen evicted first: items drop out of feeds after a while, and an item
 * evicted and then seen again is at worst submitted once more with the same content (a new version of
 * the same article, never a second article). Held for the process lifetime only; after a restart the
 * items still in a feed are submitted once more, for the same reason harmless.
 */
final class SeenItems {
    private final Map<String, String> fingerprints;

    SeenItems(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.fingerprints = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether this exact state of the item was handled already (and marks it recently seen). */
    synchronized boolean unchanged(String source, String externalId, String fingerprint) {
        return fingerprint.equals(fingerprints.get(key(source, externalId)));
    }

    synchronized void remember(String source, String externalId, String fingerprint) {
        fingerprints.put(key(source, externalId), fingerprint);
    }

    synchronized int size() {
        return fingerprints.size();
    }

    private static String key(String source, String externalId) {
        // Sources cannot contain NUL (they are validated), so the key is unambiguous.
        return source + '\0' + externalId;
    }
}
