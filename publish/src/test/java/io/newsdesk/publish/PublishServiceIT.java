package io.newsdesk.publish;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.testkit.KafkaFixture;
import io.newsdesk.testkit.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The publish service on a real broker: Streams exactly-once, the feed, the site and the slices together. */
class PublishServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final KafkaFixture kafka = KafkaFixture.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path stateRoot;

    private Topics topics;
    private String applicationId;

    @BeforeEach
    void names(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName();
        topics = Topics.withPrefix(kafka.uniqueName(name) + ".");
        applicationId = kafka.uniqueName("publish-" + name);
    }

    private PublishService start(String stateDir) {
        return PublishService.start(ConfigSource.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "NEWSDESK_TOPIC_PREFIX", topics.prefix(),
                "NEWSDESK_TOPIC_PARTITIONS", "2",
                "NEWSDESK_PUBLISH_APPLICATION_ID", applicationId,
                "NEWSDESK_PUBLISH_PORT", "0",
                "NEWSDESK_STATE_DIR", stateRoot.resolve(stateDir).toString(),
                "NEWSDESK_BASE_URL", "http://localhost")));
    }

    private void awaitReady(PublishService service) {
        await("publish ready (Streams RUNNING, read model caught up)").atMost(WAIT)
                .pollInterval(Duration.ofMillis(100)).until(() -> get(service, "/ready").statusCode() == 200);
    }

    private HttpResponse<String> get(PublishService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(kafka.producerProperties());
    }

    private void send(KafkaProducer<byte[], byte[]> producer, EnrichedArticle version) throws Exception {
        String id = version.getSubmission().getArticleId();
        producer.send(new ProducerRecord<>(topics.enriched().name(), id.getBytes(StandardCharsets.UTF_8),
                topics.enriched().valueSerde().serializer().serialize(topics.enriched().name(), version)))
                .get(30, TimeUnit.SECONDS);
    }

    private TopicReader<String, PublishedArticle> publishedReader(String topic) {
        return kafka.topicReader(topic, new StringDeserializer(), topics.published().valueSerde().deserializer())
                .withTimeout(WAIT);
    }

    private TopicReader<String, ArticleEvent> eventsReader() {
        return kafka.topicReader(topics.events().name(), new StringDeserializer(),
                topics.events().valueSerde().deserializer()).withTimeout(WAIT);
    }

    private static String reason(ConsumerRecord<String, ?> record) {
        Header header = record.headers().lastHeader(TombstoneReason.HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<EventType> eventTypes(List<ConsumerRecord<String, ArticleEvent>> records, String articleId) {
        return records.stream().filter(r -> r.key().equals(articleId)).map(r -> r.value().getType()).toList();
    }

    @Test
    void publishesServesRetractsAndDeadLettersOnARealBroker() throws Exception {
        String id = "it-court-1";
        try (PublishService service = start("one"); KafkaProducer<byte[], byte[]> producer = producer()) {
            awaitReady(service);
            Instant received = Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            send(producer, article(id).version(1).courtStory().slug("appeals-court-orders-new-hearing-" + id)
                    .receivedAt(received).build());

            ConsumerRecord<String, PublishedArticle> first = publishedReader(topics.published().name())
                    .readUntil("version 1 of " + id, rs -> rs.stream().anyMatch(r -> r.key().equals(id))).get(0);
            assertEquals(1, first.value().getVersion());
            assertEquals("appeals-court-orders-new-hearing-" + id, first.value().getSlug());
            ArticleEvent published = eventsReader().readUntil("PUBLISHED event of " + id,
                    rs -> eventTypes(rs, id).contains(EventType.PUBLISHED)).get(0).value();
            assertEquals(id + ":v1:PUBLISHED", published.getEventId());
            assertEquals(received, published.getReceivedAt());
            assertEquals(id, publishedReader(topics.publishedSlice("crime-law-justice"))
                    .readUntil("the court story on the crime slice", rs -> !rs.isEmpty()).get(0).key());

            String page = "/articles/appeals-court-orders-new-hearing-" + id;
            await("the article page").atMost(WAIT).until(() -> get(service, page).statusCode() == 200);
            assertTrue(get(service, page).body().contains("Appeals court orders new hearing in Millbrook zoning fraud case"));
            String itemId = "urn:newsdesk:article:" + id;
            assertTrue(get(service, "/feeds/rss.xml").body().contains(itemId), "the live article is in the RSS feed");
            assertTrue(get(service, "/feeds/atom.xml").body().contains(itemId), "the live article is in the Atom feed");

            send(producer, article(id).version(2).status(PubStatus.CANCELED).build());
            List<ConsumerRecord<String, PublishedArticle>> all = publishedReader(topics.published().name())
                    .readUntil("the retraction tombstone of " + id, rs -> rs.stream().anyMatch(r -> r.value() == null));
            ConsumerRecord<String, PublishedArticle> tombstone = all.get(all.size() - 1);
            assertEquals(id, tombstone.key());
            assertNull(tombstone.value());
            assertEquals("RETRACTED", reason(tombstone));
            assertEquals(List.of(EventType.PUBLISHED, EventType.RETRACTED), eventTypes(eventsReader().readUntil(
                    "RETRACTED event", rs -> eventTypes(rs, id).contains(EventType.RETRACTED)), id));
            List<ConsumerRecord<String, PublishedArticle>> slice = publishedReader(topics.publishedSlice("crime-law-justice"))
                    .readUntil("the tombstone on the crime slice", rs -> rs.size() == 2);
            assertEquals("RETRACTED", reason(slice.get(1)));
            await("the retracted page answers 410 Gone").atMost(WAIT).until(() -> get(service, page).statusCode() == 410);
            for (String feed : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json", "/sitemap.xml")) {
                String body = get(service, feed).body();
                assertTrue(!body.contains(id), feed + " still lists the retracted article: " + body);
            }

            byte[] garbage = "not an enriched article".getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(topics.enriched().name(), "it-garbage".getBytes(StandardCharsets.UTF_8),
                    garbage)).get(30, TimeUnit.SECONDS);
            DeadLetter letter = kafka.topicReader(topics.deadLetters().name(), new ByteArrayDeserializer(),
                            topics.deadLetters().valueSerde().deserializer()).withTimeout(WAIT)
                    .readUntil("the undecodable record dead-lettered", rs -> !rs.isEmpty()).get(0).value();
            assertTrue(letter.getStage().startsWith("publish.deserialize"), letter.getStage());
            assertEquals(topics.enriched().name(), letter.getSourceTopic());
            byte[] original = new byte[letter.getOriginalValue().remaining()];
            letter.getOriginalValue().duplicate().get(original);
            assertEquals("not an enriched article", new String(original, StandardCharsets.UTF_8));
            assertEquals(200, get(service, "/health").statusCode());
            String metrics = get(service, "/metrics").body();
            assertTrue(metrics.contains("newsdesk_read_model_segments{service=\"publish\"}")
                    && metrics.contains("newsdesk_read_model_merge_cpu_seconds_total{service=\"publish\"}"),
                    "the read model's meters on /metrics");
        }
    }

    @Test
    void heldEmbargoIsReleasedByARestartedInstanceThatRebuiltEverythingFromTheTopics() throws Exception {
        String live = "it-live-1";
        String held = "it-embargo-1";
        Instant until;
        try (PublishService first = start("first"); KafkaProducer<byte[], byte[]> producer = producer()) {
            awaitReady(first);
            send(producer, article(live).slug("ferry-schedule-" + live).build());
            until = Instant.now().plusSeconds(12);
            send(producer, article(held).headline("Embargoed budget report").slug("budget-" + held)
                    .embargoedUntil(until).build());
            // The hold is durable once its changelog record is committed.
            kafka.topicReader(PublishTopology.changelog(applicationId, PublishTopology.EMBARGO_STORE),
                            new StringDeserializer(), new ByteArrayDeserializer()).withTimeout(WAIT)
                    .readUntil("the held embargo in the changelog", rs -> rs.stream().anyMatch(r -> r.key().equals(held)));
            publishedReader(topics.published().name()).readUntil(live + " published",
                    rs -> rs.stream().anyMatch(r -> r.key().equals(live)));
        }
        // A new state directory: the second instance restores its stores from the changelogs alone.
        try (PublishService second = start("second")) {
            awaitReady(second);
            Instant readyAt = Instant.now();
            assertEquals(200, get(second, "/articles/ferry-schedule-" + live).statusCode(),
                    "the fresh instance's read model was rebuilt from the published topic");
            PublishedArticle released = publishedReader(topics.published().name())
                    .readUntil("the embargoed article released", rs -> rs.stream().anyMatch(r -> r.key().equals(held)))
                    .stream().filter(r -> r.key().equals(held)).findFirst().orElseThrow().value();
            assertTrue(!released.getPublishedAt().isBefore(until), "released " + released.getPublishedAt()
                    + ", before the embargo's end " + until);
            Instant due = until.isAfter(readyAt) ? until : readyAt;
            assertTrue(released.getPublishedAt().isBefore(due.plusSeconds(2)), "released " + released.getPublishedAt()
                    + ", long after it was due at " + due);
            assertEquals(List.of(EventType.PUBLISHED), eventTypes(eventsReader().readUntil("PUBLISHED event of " + held,
                    rs -> eventTypes(rs, held).contains(EventType.PUBLISHED)), held));
            await("the released article's page").atMost(WAIT)
                    .until(() -> get(second, "/articles/budget-" + held).statusCode() == 200);
        }
    }

    @Test
    void aRestartedInstanceContinuesFromItsIndexInsteadOfReadingTheTopicAgain() throws Exception {
        String first = "it-restart-1";
        String second = "it-restart-2";
        try (PublishService service = start("kept"); KafkaProducer<byte[], byte[]> producer = producer()) {
            awaitReady(service);
            send(producer, article(first).slug("council-meets-" + first).build());
            await("the first article's page").atMost(WAIT).until(() -> get(service, "/articles/council-meets-" + first).statusCode() == 200);
            assertTrue(Files.isDirectory(service.config().indexDirectory()), "the index lives under the state directory");
        }
        try (PublishService restarted = start("kept"); KafkaProducer<byte[], byte[]> producer = producer()) {
            awaitReady(restarted);
            assertTrue(restarted.readModel().resumed(), "continued from the index's checkpoint");
            assertEquals(0, restarted.readModel().applied(), "nothing read again: the index had it all");
            assertEquals(200, get(restarted, "/articles/council-meets-" + first).statusCode());
            assertTrue(get(restarted, "/ready").body().contains("\"readModelResumed\":true"));

            send(producer, article(second).headline("Council votes to restore the lighthouse").slug("council-votes-" + second).build());
            await("an article published after the restart").atMost(WAIT)
                    .until(() -> get(restarted, "/articles/council-votes-" + second).statusCode() == 200);
            await("found by search").atMost(WAIT)
                    .until(() -> get(restarted, "/v1/search?q=lighthouse").body().contains("urn:newsdesk:article:" + second));
        }
    }
}
