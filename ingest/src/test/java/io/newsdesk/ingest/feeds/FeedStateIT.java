package io.newsdesk.ingest.feeds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.ingest.IngestService;
import io.newsdesk.ingest.feeds.LocalFeedServer.Document;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.Submission;
import io.newsdesk.testkit.KafkaFixture;
import io.newsdesk.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feed state on a real broker: which items were handed over lives on {@code ingest.feed-items}, so a
 * restarted ingest submits nothing of an unchanged feed and an edited item once; and with two
 * instances configured with the same feed, one polls it, the other takes over when it stops.
 * The feed is served locally; the shortest poll interval (5 s) keeps each step to a few seconds.
 */
class FeedStateIT {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String SOURCE = "riverton-wire";
    private final KafkaFixture kafka = KafkaFixture.shared();
    private LocalFeedServer server;

    @BeforeEach
    void serve() throws Exception {
        server = new LocalFeedServer();
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConfigSource config(String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", "3");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "2");
        env.put("NEWSDESK_FEEDS", SOURCE + "=" + server.url("/rss"));
        env.put("NEWSDESK_FEED_POLL_SECONDS", "5");
        // A stopped instance leaves the group at once; a short session only matters for crashes.
        env.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
        env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        return ConfigSource.load(IngestConfig.DEFAULTS, env);
    }

    private TopicReader<String, Submission> submitted(Topics topics) {
        return kafka.topicReader(topics.submitted().name(), Serdes.String().deserializer(),
                topics.submitted().valueSerde().deserializer());
    }

    private static FeedHealth health(IngestService service) {
        return service.feedHealth().get(0);
    }

    /** Waits until the instance finished a poll that started after {@code after}: every item of it was handed over. */
    private static void awaitPollAfter(IngestService service, Instant after) {
        await("a completed poll by the instance after " + after).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    FeedHealth h = health(service);
                    return h.lastSuccessAt() != null && h.lastSuccessAt().isAfter(after)
                            && h.lastPollAt().isAfter(after);
                });
    }

    /** Nothing but the given submissions on the topic: read to its end, then watched for a moment. */
    private void assertOnlySubmissions(Topics topics, Set<String> submissionIds, String why) {
        submitted(topics).assertNoRecordsMatchingFor(why, r -> !submissionIds.contains(r.value().getSubmissionId()),
                Duration.ofSeconds(1));
    }

    @Test
    void aRestartedIngestSubmitsNothingOfAnUnchangedFeedAndAnEditedItemOnce() {
        String prefix = kafka.uniqueName("feed-restart") + "-";
        Topics topics = Topics.withPrefix(prefix);
        Set<String> seen;

        try (IngestService first = IngestService.start(config(prefix))) {
            List<ConsumerRecord<String, Submission>> both = submitted(topics)
                    .readUntil("the feed's two items", records -> records.size() >= 2);
            assertEquals(Set.of("rcw-2025-0412", "rcw-2025-0413"),
                    both.stream().map(r -> r.value().getExternalId()).collect(Collectors.toSet()));
            seen = both.stream().map(r -> r.value().getSubmissionId()).collect(Collectors.toSet());
        }

        Instant restartedAt = Instant.now();
        try (IngestService restarted = IngestService.start(config(prefix))) {
            awaitPollAfter(restarted, restartedAt);
            assertEquals(2, health(restarted).itemsSeen());
            assertEquals(0, health(restarted).itemsSubmitted(), "every item was known from ingest.feed-items");
            assertOnlySubmissions(topics, seen, "a resubmission of an unchanged item after the restart");

            String corrected = FeedFixtures.text("rss2.xml")
                    .replace("upheld a lower court ruling", "upheld, by two votes to one, a lower court ruling");
            server.serve("/rss", Document.feed(corrected.getBytes(StandardCharsets.UTF_8), RSS));
            List<ConsumerRecord<String, Submission>> three = submitted(topics)
                    .readUntil("the edited item", records -> records.size() >= 3);
            ConsumerRecord<String, Submission> edit = three.stream()
                    .filter(r -> !seen.contains(r.value().getSubmissionId())).findFirst().orElseThrow();
            assertEquals("rcw-2025-0413", edit.value().getExternalId());
            assertTrue(edit.value().getBody().contains("by two votes to one"), edit.value().getBody());

            Instant afterEdit = Instant.now();
            awaitPollAfter(restarted, afterEdit);
            Set<String> now = three.stream().map(r -> r.value().getSubmissionId()).collect(Collectors.toSet());
            assertOnlySubmissions(topics, now, "a second submission of the edited item");

            List<ConsumerRecord<String, FeedItemState>> states = kafka.topicReader(topics.feedItems().name(),
                            Serdes.String().deserializer(), topics.feedItems().valueSerde().deserializer())
                    .readUntil("three item states", records -> records.size() >= 3);
            ConsumerRecord<String, FeedItemState> last = states.get(states.size() - 1);
            assertEquals(SOURCE + ":rcw-2025-0413", last.key());
            assertEquals(edit.offset() + 1, last.value().getVersion(), "the state keeps the version the edit got");
            assertEquals(edit.value().getSubmissionId(), last.value().getSubmissionId());
        }
    }

    @Test
    void twoInstancesWithTheSameFeedPollItOneAtATimeAndTheOtherTakesOver() {
        String prefix = kafka.uniqueName("feed-owners") + "-";
        Topics topics = Topics.withPrefix(prefix);
        try (IngestService a = IngestService.start(config(prefix))) {
            IngestService b = IngestService.start(config(prefix));
            IngestService owner;
            IngestService other;
            try {
                await("one instance owning the feed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> !health(a).status().equals("standby") || !health(b).status().equals("standby"));
                owner = health(a).status().equals("standby") ? b : a;
                other = owner == a ? b : a;
                // Two full polls of the owner, while the other instance is in the group too.
                awaitPollAfter(owner, Instant.now());
                awaitPollAfter(owner, Instant.now());
                assertEquals("standby", health(other).status(), "one instance at a time polls a feed");
                assertEquals(null, health(other).lastPollAt(), "the other never fetched it");
            } catch (RuntimeException | Error e) {
                b.close();
                throw e;
            }
            List<ConsumerRecord<String, Submission>> both = submitted(topics)
                    .readUntil("the feed's two items", records -> records.size() >= 2);
            Set<String> seen = both.stream().map(r -> r.value().getSubmissionId()).collect(Collectors.toSet());

            Instant handover = Instant.now();
            owner.close();
            IngestService survivor = other;
            try {
                awaitPollAfter(survivor, handover);
                assertEquals(0, health(survivor).itemsSubmitted(), "the new owner read what the old one handed over");
                assertOnlySubmissions(topics, seen, "a resubmission after the handover");
            } finally {
                if (survivor != a) {
                    survivor.close();
                }
            }
        }
    }
}
