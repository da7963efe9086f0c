package io.newsdesk.systemtests;

import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks the pipeline's output against what ingest accepted: each accepted (articleId, version) must
 * have exactly one publication event (PUBLISHED, UPDATED or CORRECTED) on {@code articles.events}, and
 * {@code articles.published} must end with the latest version of each article.
 *
 * <p><b>When may an accepted version legitimately have no event?</b> Publish drops a version that is
 * not newer than one it already saw for the article (its version gate). Versions of one article travel
 * on one partition from {@code articles.submitted} to {@code articles.enriched}, in order, so publish
 * can only have seen a newer version first if a newer version was <em>on articles.submitted before
 * it</em>. That is checked on the topic itself: an accepted version without an event counts as
 * superseded (allowed) only if a record of the same article with a version at least as high precedes
 * its first record on {@code articles.submitted}; otherwise it is lost. The log numbers an article's
 * versions in the order of its records, so superseded should stay 0, and the test prints it.
 * A version written but answered 503 (the ack was lost in the broker restart) is on the topic but
 * not in the ledger; it may be published, and is counted as "unacknowledged but published".
 */
final class PublicationAudit {
    private static final Set<EventType> PUBLICATIONS = Set.of(EventType.PUBLISHED, EventType.UPDATED, EventType.CORRECTED);

    private record Version(String articleId, long version) {
    }

    final int accepted;
    final int articles;
    int published;
    int lost;
    int duplicated;
    int superseded;
    int unacknowledgedButPublished;
    int latestWrong;
    int wrongContent;
    final List<String> problems = new ArrayList<>();

    /** Every accepted version against the pipeline's topics as they are committed now. */
    static PublicationAudit of(CommittedRecords committed, Topics topics, List<NewsroomLoad.Accepted> ledger) {
        return new PublicationAudit(ledger, committed.of(topics.submitted()), committed.of(topics.events()),
                committed.of(topics.published()));
    }

    PublicationAudit(List<NewsroomLoad.Accepted> ledger, List<ConsumerRecord<String, Submission>> submitted,
                     List<ConsumerRecord<String, ArticleEvent>> events, List<ConsumerRecord<String, PublishedArticle>> publishedTopic) {
        accepted = ledger.size();
        Map<Version, List<ArticleEvent>> eventsByVersion = new HashMap<>();
        for (ConsumerRecord<String, ArticleEvent> record : events) {
            ArticleEvent event = record.value();
            if (PUBLICATIONS.contains(event.getType())) {
                eventsByVersion.computeIfAbsent(new Version(event.getArticleId(), event.getVersion()), v -> new ArrayList<>()).add(event);
            }
        }
        // Exactly once: no (article, version) published twice, whether we saw its 202 or not.
        eventsByVersion.forEach((version, list) -> {
            if (list.size() > 1) {
                duplicated += list.size() - 1;
                problem("duplicated: " + version + " has " + list.size() + " events " + list.stream().map(ArticleEvent::getEventId).toList());
            }
        });

        // The versions the records carry from enrich on: their own, or their place in the log (offset + 1).
        Map<String, List<Long>> onSubmitted = new HashMap<>();
        for (ConsumerRecord<String, Submission> record : submitted) {
            onSubmitted.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(ArticleVersions.effective(record.value().getVersion(), record.offset()));
        }
        Map<String, Long> maxAccepted = new HashMap<>();
        Set<Version> acceptedVersions = new java.util.HashSet<>();
        for (NewsroomLoad.Accepted a : ledger) {
            Version version = new Version(a.articleId(), a.version());
            acceptedVersions.add(version);
            maxAccepted.merge(a.articleId(), a.version(), Math::max);
            List<ArticleEvent> found = eventsByVersion.getOrDefault(version, List.of());
            if (found.isEmpty()) {
                if (supersededOnTopic(onSubmitted.getOrDefault(a.articleId(), List.of()), a.version())) {
                    superseded++;
                } else {
                    lost++;
                    problem("lost: accepted " + version + " " + a.headlineMarker() + " has no event");
                }
                continue;
            }
            published++;
            ArticleEvent event = found.get(0);
            // A correction of an article already on the site is CORRECTED; one that is its first version to reach
            // publish (an update sent while the first submission was still unanswered, or refused) is PUBLISHED.
            EventType expectedType = !a.correction() ? null
                    : earlierVersionOnTopic(onSubmitted.getOrDefault(a.articleId(), List.of()), a.version())
                    ? EventType.CORRECTED : EventType.PUBLISHED;
            if (event.getHeadline() == null || !event.getHeadline().contains(a.headlineMarker())
                    || (expectedType != null && event.getType() != expectedType)) {
                wrongContent++;
                problem("wrong content: " + version + " expected headline with " + a.headlineMarker()
                        + (expectedType == null ? "" : " and type " + expectedType) + ", got " + event);
            }
        }
        articles = maxAccepted.size();
        for (Version version : eventsByVersion.keySet()) {
            if (!acceptedVersions.contains(version)) {
                unacknowledgedButPublished++;
            }
        }

        Map<String, PublishedArticle> latestPublished = new HashMap<>();
        for (ConsumerRecord<String, PublishedArticle> record : publishedTopic) {
            latestPublished.put(record.key(), record.value());
        }
        maxAccepted.forEach((articleId, max) -> {
            long onTopic = onSubmitted.getOrDefault(articleId, List.of()).stream().mapToLong(Long::longValue).max().orElse(-1);
            PublishedArticle last = latestPublished.get(articleId);
            // The latest version publish could see is the highest on articles.submitted: the highest
            // accepted one, or a later one written but answered 503.
            if (last == null || last.getVersion() != Math.max(onTopic, max)) {
                latestWrong++;
                problem("latest: article " + articleId + " should end at version " + Math.max(onTopic, max)
                        + " on articles.published, ends at " + (last == null ? "nothing" : last.getVersion()));
            }
        });
    }

    /**
     * Whether a lower version of the article is on articles.submitted before {@code version}'s first record (the
     * versions as the log assigns them). Publish applies an article's records in this order, so that version
     * reached the site first, unless publish refused it; the chaos tests fail on any dead letter anyway.
     */
    private static boolean earlierVersionOnTopic(List<Long> ofArticle, long version) {
        for (long onTopic : ofArticle) {
            if (onTopic == version) {
                return false;
            }
            if (onTopic < version) {
                return true;
            }
        }
        return false;
    }

    private static boolean supersededOnTopic(List<Long> ofArticle, long version) {
        for (long onTopic : ofArticle) {
            if (onTopic == version) {
                return false;
            }
            if (onTopic >= version) {
                return true;
            }
        }
        // An accepted version that is not on articles.submitted at all is lost, not superseded.
        return false;
    }

    private void problem(String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    /** Every accepted version has its event and every article ends at its latest version. */
    boolean complete() {
        return lost == 0 && latestWrong == 0;
    }

    @Override
    public String toString() {
        return String.format("accepted %d (of %d articles), published %d, lost %d, duplicated %d, superseded %d, "
                        + "unacknowledged but published %d, latest version wrong %d, wrong content %d",
                accepted, articles, published, lost, duplicated, superseded, unacknowledgedButPublished, latestWrong, wrongContent);
    }
}
