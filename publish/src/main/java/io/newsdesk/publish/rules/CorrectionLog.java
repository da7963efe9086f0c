package io.newsdesk.publish.rules;

import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrections rule: a version that carries a correction note adds a {@link Correction} to the article's
 * record, after the earlier ones, so the page and the feeds show the article's whole correction history.
 */
public final class CorrectionLog {
    private CorrectionLog() {
    }

    /** True when this version corrects an earlier one. */
    public static boolean corrects(EnrichedArticle version) {
        String note = version.getSubmission().getCorrectionNote();
        return note != null && !note.isBlank();
    }

    /**
     * The corrections after publishing {@code version}: the earlier ones, oldest first, plus this version's
     * note. Applying the same version twice adds its note once.
     */
    public static List<Correction> after(List<Correction> earlier, EnrichedArticle version) {
        List<Correction> all = new ArrayList<>(earlier == null ? List.of() : earlier);
        if (!corrects(version)) {
            return all;
        }
        long v = version.getSubmission().getVersion();
        boolean alreadyThere = all.stream().anyMatch(c -> c.getVersion() == v);
        if (!alreadyThere) {
            all.add(Correction.newBuilder()
                    .setVersion(v)
                    .setNote(version.getSubmission().getCorrectionNote().strip())
                    .setAt(version.getSubmission().getReceivedAt())
                    .build());
        }
        return all;
    }
}
