package io.newsdesk.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.publish.rules.VersionRefusedException;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The multi-instance test's judge must itself be able to say lost, duplicated and out of order: checked without Kafka. */
class MultiIngestAuditTest {
    private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");
    private final ArticleProcessor processor = StandardProcessors.create();
    private final List<ConsumerRecord<String, Submission>> submitted = new ArrayList<>();
    private final List<ConsumerRecord<String, ArticleEvent>> events = new ArrayList<>();
    private final List<ConsumerRecord<String, PublishedArticle>> published = new ArrayList<>();
    private final List<ConsumerRecord<byte[], DeadLetter>> letters = new ArrayList<>();
    private final List<ConcurrentEditors.Accepted> ledger = new ArrayList<>();
    private final Map<String, EnrichedArticle> refusedByName = new HashMap<>();

    /** A 202 for the next record on the topic: version 0 on the topic, answered as its offset + 1. */
    private long accept(String articleId, Long basedOn) {
        long offset = submitted.size();
        Submission s = Submission.newBuilder(TestArticles.submission(articleId, 0, 0))
                .setSubmissionId("sub-" + offset).setExpectedVersion(basedOn).build();
        submitted.add(new ConsumerRecord<>("s", 0, offset, articleId, s));
        ledger.add(new ConcurrentEditors.Accepted(articleId, offset + 1, "sub-" + offset, basedOn, "(edit " + offset + ")", 0));
        return offset + 1;
    }

    private void event(String articleId, long version, EventType type) {
        events.add(new ConsumerRecord<>("e", 0, events.size(), articleId, ArticleEvent.newBuilder()
                .setEventId(articleId + ":v" + version + ":" + type).setType(type).setArticleId(articleId)
                .setVersion(version).setHeadline("Headline (edit " + (version - 1) + ")").setAt(AT).build()));
    }

    private void publish(String articleId, long version) {
        published.add(new ConsumerRecord<>("p", 0, published.size(), articleId, PublishedArticle.newBuilder()
                .setArticleId(articleId).setVersion(version).setSlug("s").setFirstPublishedAt(AT).setPublishedAt(AT)
                .setCorrections(List.of()).setArticle(processor.process(TestArticles.submission(articleId, version, 0))).build()));
    }

    private void refuse(String articleId, long version) {
        String name = articleId + "@" + version;
        refusedByName.put(name, processor.process(TestArticles.submission(articleId, version, 0)));
        letters.add(new ConsumerRecord<>("d", 0, letters.size(), articleId.getBytes(StandardCharsets.UTF_8),
                DeadLetter.newBuilder().setStage("publish.process@publish-rules")
                        .setExceptionClass(VersionRefusedException.class.getName()).setExceptionMessage("version conflict: ...")
                        .setStackTrace("").setSourceTopic("articles.enriched").setSourcePartition(0).setSourceOffset(0)
                        .setOriginalValue(ByteBuffer.wrap(name.getBytes(StandardCharsets.UTF_8))).setFailedAt(AT).build()));
    }

    private MultiIngestAudit audit() {
        return new MultiIngestAudit(ledger, submitted, events, published, letters,
                bytes -> refusedByName.get(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void eachUpdatePublishedOrRefusedAsTheLogDecidesIsClean() {
        long v1 = accept("a", null);
        long v2 = accept("a", v1);
        long v3 = accept("a", v1);
        event("a", v1, EventType.PUBLISHED);
        event("a", v2, EventType.UPDATED);
        refuse("a", v3);
        publish("a", v1);
        publish("a", v2);

        MultiIngestAudit audit = audit();
        assertTrue(audit.complete(), audit.problems.toString());
        assertEquals(2, audit.published);
        assertEquals(1, audit.conflicts);
        assertEquals(0, audit.lost + audit.duplicated + audit.wrongVersion + audit.outOfOrder + audit.latestWrong
                + audit.wrongContent + audit.unexpected, audit.problems.toString());
    }

    @Test
    void aConflictThatWasNeverDeadLetteredIsLost() {
        long v1 = accept("a", null);
        accept("a", v1 + 5);
        event("a", v1, EventType.PUBLISHED);
        publish("a", v1);

        MultiIngestAudit audit = audit();
        assertEquals(1, audit.lost);
        assertFalse(audit.complete());
    }

    @Test
    void anUpdateThatShouldHaveBeenRefusedButWasPublishedIsReported() {
        long v1 = accept("a", null);
        long v2 = accept("a", 0L);
        event("a", v1, EventType.PUBLISHED);
        event("a", v2, EventType.UPDATED);
        publish("a", v2);

        MultiIngestAudit audit = audit();
        assertEquals(1, audit.unexpected, audit.problems.toString());
        assertEquals(1, audit.latestWrong, "the article should have stayed at its first version");
    }

    @Test
    void aVersionPublishedTwiceOrRefusedTwiceIsDuplicated() {
        long v1 = accept("a", null);
        long v2 = accept("a", 0L);
        event("a", v1, EventType.PUBLISHED);
        event("a", v1, EventType.PUBLISHED);
        refuse("a", v2);
        refuse("a", v2);
        publish("a", v1);

        assertEquals(2, audit().duplicated);
    }

    @Test
    void anAnswerThatIsNotItsRecordsPlaceInTheLogIsAWrongVersion() {
        accept("a", null);
        ledger.set(0, new ConcurrentEditors.Accepted("a", 7, "sub-0", null, "(edit 0)", 0));

        MultiIngestAudit audit = audit();
        assertEquals(1, audit.wrongVersion);
        assertFalse(audit.complete());
    }

    @Test
    void versionsGoingBackwardsAreOutOfOrder() {
        long v1 = accept("a", null);
        long v2 = accept("a", null);
        event("a", v2, EventType.PUBLISHED);
        event("a", v1, EventType.UPDATED);
        publish("a", v2);
        publish("a", v1);

        MultiIngestAudit audit = audit();
        assertEquals(2, audit.outOfOrder, audit.problems.toString());
    }
}
