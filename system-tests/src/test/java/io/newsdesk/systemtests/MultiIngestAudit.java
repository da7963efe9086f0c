package io.newsdesk.systemtests;

import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.publish.rules.VersionGate;
import io.newsdesk.publish.rules.VersionRefusedException;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Judges the multi-instance run: every update an ingest instance answered 202 must end up as exactly
 * one outcome, decided by the log alone.
 *
 * <p>The expected outcome of each record on {@code articles.submitted} is worked out here from the
 * topic itself: its version is its offset + 1, and the articles' versions are replayed in log order
 * through publish's own {@link VersionGate} (an update based on another version than the article's
 * latest is a conflict). Then, for every 202 of the ledger:
 * <ul>
 *   <li>its record is on {@code articles.submitted} (found by submission id) at the version answered;</li>
 *   <li>expected published: exactly one publication event for (article, version) with the update's
 *       marker in its headline, and no dead letter;</li>
 *   <li>expected refused: exactly one dead letter (a {@link VersionRefusedException}) for (article,
 *       version), and no event.</li>
 * </ul>
 * Also: no (article, version) is published or dead-lettered twice (acknowledged or not), each article's
 * events and records on {@code articles.published} have strictly increasing versions in log order, each
 * article ends at its last applied version, and no other dead letter exists.
 */
final class MultiIngestAudit {
    private static final Set<EventType> PUBLICATIONS = Set.of(EventType.PUBLISHED, EventType.UPDATED, EventType.CORRECTED);

    record Version(String articleId, long version) {
    }

    private enum Outcome { PUBLISHED, REFUSED }

    final int accepted;
    int published;
    int conflicts;
    int lost;
    int duplicated;
    int wrongVersion;
    int outOfOrder;
    int latestWrong;
    int wrongContent;
    int unexpected;
    int unacknowledgedButWritten;
    final int articles;
    final List<String> problems = new ArrayList<>();

    MultiIngestAudit(List<ConcurrentEditors.Accepted> ledger, List<ConsumerRecord<String, Submission>> submitted,
                     List<ConsumerRecord<String, ArticleEvent>> events, List<ConsumerRecord<String, PublishedArticle>> publishedTopic,
                     List<ConsumerRecord<byte[], DeadLetter>> deadLetters, Function<byte[], EnrichedArticle> enriched) {
        accepted = ledger.size();

        // What publish must have done with each record, replayed through its gate in log order.
        Map<String, ConsumerRecord<String, Submission>> bySubmissionId = new HashMap<>();
        Map<Version, Outcome> expected = new HashMap<>();
        Map<String, Long> latestApplied = new HashMap<>();
        for (ConsumerRecord<String, Submission> record : submitted) {
            Submission s = record.value();
            bySubmissionId.put(s.getSubmissionId(), record);
            long version = ArticleVersions.effective(s.getVersion(), record.offset());
            Long latest = latestApplied.get(record.key());
            VersionGate.Verdict verdict = VersionGate.check(latest, version, s.getExpectedVersion());
            switch (verdict) {
                case NEW -> {
                    latestApplied.put(record.key(), version);
                    expected.put(new Version(record.key(), version), Outcome.PUBLISHED);
                }
                case CONFLICT -> expected.put(new Version(record.key(), version), Outcome.REFUSED);
                default -> {
                    // The log numbers every version here: a duplicate or stale one would be a bug in the numbering.
                    unexpected++;
                    problem("unexpected verdict " + verdict + " for " + record.key() + " version " + version);
                }
            }
        }
        articles = latestApplied.size();

        Map<Version, List<ArticleEvent>> eventsByVersion = new HashMap<>();
        Map<String, Long> lastEventVersion = new HashMap<>();
        for (ConsumerRecord<String, ArticleEvent> record : events) {
            ArticleEvent event = record.value();
            if (!PUBLICATIONS.contains(event.getType())) {
                unexpected++;
                problem("unexpected event " + event.getType() + " for " + event.getArticleId());
                continue;
            }
            eventsByVersion.computeIfAbsent(new Version(event.getArticleId(), event.getVersion()), v -> new ArrayList<>())
                    .add(event);
            Long before = lastEventVersion.put(event.getArticleId(), event.getVersion());
            if (before != null && before >= event.getVersion()) {
                outOfOrder++;
                problem("events of " + event.getArticleId() + " go from version " + before + " to " + event.getVersion());
            }
        }

        Map<Version, Integer> refusals = new HashMap<>();
        for (ConsumerRecord<byte[], DeadLetter> record : deadLetters) {
            DeadLetter letter = record.value();
            if (!VersionRefusedException.class.getName().equals(letter.getExceptionClass())) {
                unexpected++;
                problem("unexpected dead letter " + letter.getStage() + ": " + letter.getExceptionMessage());
                continue;
            }
            EnrichedArticle refused = enriched.apply(bytes(letter.getOriginalValue()));
            refusals.merge(new Version(refused.getSubmission().getArticleId(), refused.getSubmission().getVersion()), 1,
                    Integer::sum);
        }

        // Exactly once, acknowledged or not.
        eventsByVersion.forEach((version, list) -> {
            if (list.size() > 1) {
                duplicated += list.size() - 1;
                problem("published " + list.size() + " times: " + version);
            }
        });
        refusals.forEach((version, count) -> {
            if (count > 1) {
                duplicated += count - 1;
                problem("dead-lettered " + count + " times: " + version);
            }
        });

        Set<String> acknowledged = new java.util.HashSet<>();
        for (ConcurrentEditors.Accepted a : ledger) {
            acknowledged.add(a.submissionId());
            ConsumerRecord<String, Submission> record = bySubmissionId.get(a.submissionId());
            if (record == null) {
                lost++;
                problem("lost: " + a + " is not on articles.submitted");
                continue;
            }
            long onTopic = ArticleVersions.effective(record.value().getVersion(), record.offset());
            if (onTopic != a.version() || !record.key().equals(a.articleId())) {
                wrongVersion++;
                problem("answered " + a.articleId() + " version " + a.version() + ", the log says " + record.key()
                        + " version " + onTopic);
                continue;
            }
            Version version = new Version(a.articleId(), a.version());
            List<ArticleEvent> found = eventsByVersion.getOrDefault(version, List.of());
            int refusedCount = refusals.getOrDefault(version, 0);
            if (expected.get(version) == Outcome.REFUSED) {
                if (!found.isEmpty()) {
                    unexpected++;
                    problem("published although based on an out-of-date version: " + a);
                } else if (refusedCount == 0) {
                    lost++;
                    problem("lost: " + a + " should have been refused as a conflict and was not dead-lettered");
                } else {
                    conflicts++;
                }
            } else {
                if (found.isEmpty()) {
                    lost++;
                    problem("lost: " + a + " has no event");
                } else {
                    published++;
                    if (refusedCount > 0) {
                        unexpected++;
                        problem("both published and refused: " + a);
                    }
                    if (found.get(0).getHeadline() == null || !found.get(0).getHeadline().contains(a.marker())) {
                        wrongContent++;
                        problem("wrong content: " + version + " expected " + a.marker() + ", got " + found.get(0).getHeadline());
                    }
                }
            }
        }
        for (ConsumerRecord<String, Submission> record : submitted) {
            if (!acknowledged.contains(record.value().getSubmissionId())) {
                // Written, but its answer was lost with the killed instance: it may have any outcome, once.
                unacknowledgedButWritten++;
            }
        }

        Map<String, PublishedArticle> last = new HashMap<>();
        for (ConsumerRecord<String, PublishedArticle> record : publishedTopic) {
            PublishedArticle before = last.put(record.key(), record.value());
            if (before != null && record.value() != null && before.getVersion() >= record.value().getVersion()) {
                outOfOrder++;
                problem("articles.published goes from " + before.getVersion() + " to " + record.value().getVersion()
                        + " for " + record.key());
            }
        }
        latestApplied.forEach((articleId, version) -> {
            PublishedArticle at = last.get(articleId);
            if (at == null || at.getVersion() != version) {
                latestWrong++;
                problem("article " + articleId + " should end at version " + version + ", ends at "
                        + (at == null ? "nothing" : at.getVersion()));
            }
        });
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    private void problem(String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    /** Every acknowledged update has its outcome and every article is at its latest version. */
    boolean complete() {
        return lost == 0 && latestWrong == 0 && wrongVersion == 0;
    }

    @Override
    public String toString() {
        return String.format("accepted %d (on %d articles), published %d, conflicts %d (dead-lettered with the reason), "
                        + "lost %d, duplicated %d, wrong version %d, out of order %d, latest version wrong %d, "
                        + "wrong content %d, unexpected %d, written but unacknowledged %d",
                accepted, articles, published, conflicts, lost, duplicated, wrongVersion, outOfOrder, latestWrong,
                wrongContent, unexpected, unacknowledgedButWritten);
    }
}
