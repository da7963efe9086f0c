package io.newsdesk.ingest.version;

import java.util.OptionalLong;

/**
 * The rule for an article's next version: {@code last + 1} when the client names none (1 for a new
 * article); a named version must be greater than the last one. Gaps are allowed (a client may jump
 * from 3 to 10, and a crash between the version stamp and the submission leaves one), reuse never.
 */
public final class NextVersion {
    private NextVersion() {
    }

    public static long of(String articleId, OptionalLong last, OptionalLong requested) {
        long known = last.orElse(0L);
        if (requested.isEmpty()) {
            if (known == Long.MAX_VALUE) {
                // The client chose the largest version there is; no later one exists. That is the
                // client's doing (409), not an outage (found by the fuzz tests).
                throw new VersionConflictException(articleId, known, known);
            }
            return known + 1;
        }
        if (requested.getAsLong() <= known) {
            throw new VersionConflictException(articleId, requested.getAsLong(), known);
        }
        return requested.getAsLong();
    }
}
