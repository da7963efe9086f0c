package io.newsdesk.publish.rules;

import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import java.time.Instant;

/**
 * Events rule: one {@link ArticleEvent} per published change. The event id is derived from the article,
 * version and type, so a change that is processed again (after a crash, on a replay) carries the same
 * id and consumers can de-duplicate on it.
 */
public final class ArticleEvents {
    private ArticleEvents() {
    }

    public static String eventId(String articleId, long version, EventType type) {
        return articleId + ":v" + version + ":" + type.name();
    }

    /** The event type of a publication, given whether the article is on the site right now. */
    public static EventType publicationType(boolean currentlyPublished, EnrichedArticle version) {
        if (!currentlyPublished) {
            return EventType.PUBLISHED;
        }
        return CorrectionLog.corrects(version) ? EventType.CORRECTED : EventType.UPDATED;
    }

    /**
     * @param version  the version that caused the change (for a retraction: the canceling version)
     * @param slug     the article's stable slug, null if it never had one
     * @param headline the headline readers know the article by
     * @param at       when publish made the change
     */
    public static ArticleEvent of(EventType type, EnrichedArticle version, String slug, String headline, Instant at) {
        var submission = version.getSubmission();
        return ArticleEvent.newBuilder()
                .setEventId(eventId(submission.getArticleId(), submission.getVersion(), type))
                .setType(type)
                .setArticleId(submission.getArticleId())
                .setVersion(submission.getVersion())
                .setSlug(slug)
                .setHeadline(headline)
                .setSource(submission.getSource())
                .setCorrectionNote(type == EventType.CORRECTED ? submission.getCorrectionNote().strip() : null)
                .setAt(at)
                .setReceivedAt(submission.getReceivedAt())
                .build();
    }
}
