package io.newsdesk.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The chaos test's judge must itself be able to say "lost" and "duplicated": checked here without Kafka. */
class PublicationAuditTest {
    private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");
    private final ArticleProcessor processor = StandardProcessors.create();
    private final List<ConsumerRecord<String, Submission>> submitted = new ArrayList<>();
    private final List<ConsumerRecord<String, ArticleEvent>> events = new ArrayList<>();
    private final List<ConsumerRecord<String, PublishedArticle>> published = new ArrayList<>();
    private final List<NewsroomLoad.Accepted> ledger = new ArrayList<>();

    private void accept(String articleId, long version) {
        ledger.add(new NewsroomLoad.Accepted(articleId, version, "(desk item " + articleId + version + ")", false));
        submit(articleId, version);
    }

    private void submit(String articleId, long version) {
        submitted.add(new ConsumerRecord<>("s", 0, submitted.size(), articleId, TestArticles.submission(articleId, version, 0)));
    }

    private void event(String articleId, long version, EventType type) {
        events.add(new ConsumerRecord<>("e", 0, events.size(), articleId, ArticleEvent.newBuilder()
                .setEventId(articleId + ":v" + version + ":" + type).setType(type).setArticleId(articleId)
                .setVersion(version).setHeadline("Headline (desk item " + articleId + version + ")").setAt(AT).build()));
    }

    private void publish(String articleId, long version) {
        published.add(new ConsumerRecord<>("p", 0, published.size(), articleId, PublishedArticle.newBuilder()
                .setArticleId(articleId).setVersion(version).setSlug("s").setFirstPublishedAt(AT).setPublishedAt(AT)
                .setCorrections(List.of()).setArticle(processor.process(TestArticles.submission(articleId, version, 0))).build()));
    }

    private PublicationAudit audit() {
        return new PublicationAudit(ledger, submitted, events, published);
    }

    @Test
    void everyAcceptedVersionPublishedOnceIsComplete() {
        accept("a", 1);
        accept("a", 2);
        event("a", 1, EventType.PUBLISHED);
        event("a", 2, EventType.UPDATED);
        publish("a", 1);
        publish("a", 2);

        PublicationAudit audit = audit();
        assertTrue(audit.complete(), audit.problems.toString());
        assertEquals(2, audit.published);
        assertEquals(0, audit.lost + audit.duplicated + audit.superseded + audit.latestWrong + audit.wrongContent);
    }

    @Test
    void anAcceptedVersionWithoutEventIsLost() {
        accept("a", 1);
        accept("a", 2);
        event("a", 2, EventType.PUBLISHED);
        publish("a", 2);

        PublicationAudit audit = audit();
        assertFalse(audit.complete());
        assertEquals(1, audit.lost);
    }

    @Test
    void aVersionPublishedTwiceIsDuplicated() {
        accept("a", 1);
        event("a", 1, EventType.PUBLISHED);
        event("a", 1, EventType.PUBLISHED);
        publish("a", 1);

        assertEquals(1, audit().duplicated);
    }

    @Test
    void aVersionBehindANewerOneOnTheTopicIsSupersededNotLost() {
        submit("a", 3);
        ledger.add(new NewsroomLoad.Accepted("a", 3, "(desk item a3)", false));
        accept("a", 2);
        event("a", 3, EventType.PUBLISHED);
        publish("a", 3);

        PublicationAudit audit = audit();
        assertEquals(1, audit.superseded);
        assertEquals(0, audit.lost);
        assertTrue(audit.complete());
    }

    @Test
    void anArticleNotEndingAtItsLatestVersionIsReported() {
        accept("a", 1);
        accept("a", 2);
        event("a", 1, EventType.PUBLISHED);
        event("a", 2, EventType.UPDATED);
        publish("a", 2);
        publish("a", 1);

        assertEquals(1, audit().latestWrong);
    }

    @Test
    void aCorrectionOfAPublishedArticleIsCorrected() {
        accept("a", 1);
        ledger.add(new NewsroomLoad.Accepted("a", 2, "(desk item a2)", true));
        submit("a", 2);
        event("a", 1, EventType.PUBLISHED);
        event("a", 2, EventType.UPDATED);
        publish("a", 2);

        assertEquals(1, audit().wrongContent, "a correction of a published article announced as a mere update");
    }

    @Test
    void aCorrectionThatIsTheArticlesFirstVersionIsPublished() {
        // sent as an update of an article whose first submission was still unanswered (or refused): version 1
        ledger.add(new NewsroomLoad.Accepted("b", 1, "(desk item b1)", true));
        submit("b", 1);
        event("b", 1, EventType.PUBLISHED);
        publish("b", 1);

        PublicationAudit audit = audit();
        assertEquals(0, audit.wrongContent, audit.problems.toString());
        assertTrue(audit.complete());
    }

    @Test
    void anEventOfAnotherSubmissionIsWrongContent() {
        accept("a", 1);
        events.add(new ConsumerRecord<>("e", 0, 0, "a", ArticleEvent.newBuilder().setEventId("a:v1:PUBLISHED")
                .setType(EventType.PUBLISHED).setArticleId("a").setVersion(1).setHeadline("Some other headline")
                .setAt(AT).build()));
        publish("a", 1);

        assertEquals(1, audit().wrongContent);
    }

    @Test
    void versionsLeftToTheLogAreReadAtTheirOffset() {
        // As ingest writes them: version 0, numbered by their offset (0 and 1 here) + 1.
        submitted.add(new ConsumerRecord<>("s", 0, 0, "a", TestArticles.submission("a", 0, 0)));
        submitted.add(new ConsumerRecord<>("s", 0, 1, "a", TestArticles.submission("a", 0, 0)));
        ledger.add(new NewsroomLoad.Accepted("a", 1, "(desk item a1)", false));
        ledger.add(new NewsroomLoad.Accepted("a", 2, "(desk item a2)", false));
        event("a", 2, EventType.PUBLISHED);
        publish("a", 2);

        PublicationAudit audit = audit();
        assertEquals(1, audit.lost, "version 1 is on the topic before 2 and has no event: lost, not superseded");
        assertEquals(0, audit.latestWrong, "the article ends at 2, the last version on the topic");
    }

    @Test
    void aCorrectionLeftToTheLogIsPublishedWhenItIsTheArticlesFirstRecordAndCorrectedAfterAWrittenOne() {
        // Another article's records sit at offsets 0..2; "b"'s correction, written with version 0, is its first
        // record (offset 3, so version 4): nothing of "b" reached the site before it.
        for (int i = 0; i < 3; i++) {
            submitted.add(new ConsumerRecord<>("s", 0, i, "x", TestArticles.submission("x", 0, 0)));
        }
        submitted.add(new ConsumerRecord<>("s", 0, 3, "b", TestArticles.submission("b", 0, 0)));
        ledger.add(new NewsroomLoad.Accepted("b", 4, "(desk item b4)", true));
        event("b", 4, EventType.PUBLISHED);
        publish("b", 4);
        // "c": a first submission written but answered 503 (offset 4, version 5, not in the ledger), then a
        // correction answered 202 (offset 5, version 6): the article was on the site, so CORRECTED.
        submitted.add(new ConsumerRecord<>("s", 0, 4, "c", TestArticles.submission("c", 0, 0)));
        submitted.add(new ConsumerRecord<>("s", 0, 5, "c", TestArticles.submission("c", 0, 0)));
        ledger.add(new NewsroomLoad.Accepted("c", 6, "(desk item c6)", true));
        event("c", 5, EventType.PUBLISHED);
        event("c", 6, EventType.CORRECTED);
        publish("c", 6);

        PublicationAudit audit = audit();
        assertEquals(0, audit.wrongContent, audit.problems.toString());
        assertEquals(1, audit.unacknowledgedButPublished, "c's version 5 was published without a 202");
        assertTrue(audit.complete(), audit.problems.toString());
    }
}
