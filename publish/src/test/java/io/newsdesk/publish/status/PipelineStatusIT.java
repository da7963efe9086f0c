package io.newsdesk.publish.status;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import io.newsdesk.testkit.KafkaFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status collector against a real broker: records on a test's own topics (unique prefix), a
 * consumer group with committed offsets, a dead letter with a hostile message and a fake ingest
 * answering {@code /v1/feeds}; then the snapshot's figures, the served page, and the page in a
 * headless Chromium.
 */
class PipelineStatusIT {
    private static final String HOSTILE = "<script>alert('dlq')</script> headline is <b>missing</b>";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CHROMIUM = "/usr/bin/chromium";

    private static KafkaFixture kafka;
    private static Topics topics;
    private static String readerGroup;
    private static String enrichApplication;
    private static Instant publishedAt;
    private static HttpApp ingest;
    private static PipelineStatusCollector collector;
    private static HttpApp site;

    @BeforeAll
    static void pipelineWithRecords() throws Exception {
        kafka = KafkaFixture.shared();
        String prefix = kafka.uniqueName("status") + ".";
        topics = Topics.withPrefix(prefix);
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            TopicAdmin.ensure(admin, topics.specs(), 2, Replication.SINGLE_BROKER);
        }
        kafka.createTopics(1, topics.publishedSlice("crime-law-justice"));
        Instant now = Instant.now();
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            // Published before the window: neither counted nor measured.
            Instant old = now.minus(Duration.ofMinutes(20));
            producer.send(new ProducerRecord<>(topics.events().name(), 0, old.toEpochMilli(), key("old"),
                    event("old", old, old.minusSeconds(3)))).get(30, TimeUnit.SECONDS);
        }

        ingest = HttpApp.builder("fake-ingest").host("127.0.0.1").port(0).stopGraceSeconds(0)
                .get("/v1/feeds", r -> Response.json(200, Map.of("feeds", List.of(feed())))).start();
        readerGroup = kafka.uniqueName("status-reader");
        enrichApplication = kafka.uniqueName("enrich-app");
        StatusConfig config = StatusConfig.from(ConfigSource.of(Map.of(
                StatusConfig.INGEST_URL, "http://127.0.0.1:" + ingest.port(),
                StatusConfig.INTERVAL, "200ms",
                StatusConfig.ENRICH_APPLICATION_ID, enrichApplication,
                StatusConfig.PUBLISH_APPLICATION_ID, kafka.uniqueName("publish-app"))));
        collector = PipelineStatusCollector.start(config,
                KafkaClientConfig.from(ConfigSource.of(Map.of(KafkaClientConfig.BOOTSTRAP_KEY, kafka.bootstrapServers()))),
                topics);
        // A first round that saw every (still empty) topic: the baseline of the throughput figures.
        await("the collector's first round over all 9 topics").atMost(WAIT)
                .until(() -> collector.snapshot().topics().size() == 9);

        publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topics.submitted().name(), 0, key("s" + i), bytes("submission " + i)));
            }
            for (int i = 0; i < 4; i++) {
                producer.send(new ProducerRecord<>(topics.tagged().name(), key("t" + i), bytes("tagged " + i)));
            }
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topics.enriched().name(), key("e" + i), bytes("enriched " + i)));
            }
            producer.send(new ProducerRecord<>(topics.events().name(), key("a1"), event("a1", publishedAt, publishedAt.minusMillis(1_200))));
            producer.send(new ProducerRecord<>(topics.events().name(), key("a2"), event("a2", publishedAt, publishedAt.minusMillis(2_500))));
            producer.send(new ProducerRecord<>(topics.events().name(), key("a3"), event("a3", publishedAt, publishedAt.minusMillis(4_000))));
            producer.send(new ProducerRecord<>(topics.events().name(), key("a4"), event("a4", publishedAt, null)));
            producer.send(new DeadLetters(topics.deadLetters().name(), Clock.systemUTC()).record("enrich.tagging",
                    new DeadLetters.Origin(topics.submitted().name(), 0, 3, key("s3"), bytes("{not avro"), new RecordHeaders()),
                    new IllegalArgumentException(HOSTILE)));
            producer.flush();
        }
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            admin.alterConsumerGroupOffsets(readerGroup,
                    Map.of(new TopicPartition(topics.submitted().name(), 0), new OffsetAndMetadata(2))).all()
                    .get(30, TimeUnit.SECONDS);
        }
        HttpApp.Builder builder = HttpApp.builder("status-site").host("127.0.0.1").port(0).stopGraceSeconds(0);
        new StatusPage(collector::snapshot).register(builder);
        site = builder.start();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (collector != null) {
            collector.close();
        }
        if (ingest != null) {
            ingest.close();
        }
    }

    private static Map<String, Object> feed() {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("source", "courts-wire");
        feed.put("url", "https://courts.example/rss");
        feed.put("status", "ok");
        feed.put("lastSuccessAt", "2025-03-04T09:00:00Z");
        feed.put("itemsSeen", 12);
        feed.put("itemsSubmitted", 10);
        feed.put("itemsRejected", 1);
        feed.put("consecutiveFailures", 0);
        return feed;
    }

    private static byte[] event(String articleId, Instant at, Instant receivedAt) {
        ArticleEvent event = ArticleEvent.newBuilder().setEventId(articleId + ":1:PUBLISHED").setType(EventType.PUBLISHED)
                .setArticleId(articleId).setVersion(1).setHeadline("Court sits late on " + articleId).setAt(at)
                .setReceivedAt(receivedAt).build();
        return topics.events().valueSerde().serializer().serialize(topics.events().name(), event);
    }

    private static byte[] key(String id) {
        return bytes(id);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until the collector has read everything produced above, then returns its snapshot. */
    private static StatusSnapshot settled() {
        await("the collector to see every record produced").atMost(WAIT).until(() -> {
            StatusSnapshot s = collector.snapshot();
            return s.deadLetters().count() == 1 && s.deadLetters().caughtUp()
                    && s.latency().stream().mapToLong(StatusSnapshot.LatencyMinute::events).sum() == 4
                    && s.groups().stream().anyMatch(g -> g.group().equals(readerGroup))
                    && throughput(s, "ingest") == 5 && throughput(s, "events") == 4;
        });
        return collector.snapshot();
    }

    private static long throughput(StatusSnapshot s, String stage) {
        return s.throughput().stream().filter(t -> t.stage().equals(stage)).mapToLong(StatusSnapshot.StageThroughput::total).sum();
    }

    private static StatusSnapshot.TopicOffsets topic(StatusSnapshot s, String name) {
        return s.topics().stream().filter(t -> t.topic().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + s.topics()));
    }

    @Test
    void snapshotHasTheOffsetsLagThroughputLatencyDeadLettersAndFeeds() {
        StatusSnapshot s = settled();
        assertTrue(s.problems().isEmpty(), s.problems().toString());

        assertEquals(new StatusSnapshot.TopicOffsets(topics.submitted().name(), 2, 0, 5), topic(s, topics.submitted().name()));
        assertEquals(4, topic(s, topics.tagged().name()).endOffset());
        assertEquals(3, topic(s, topics.enriched().name()).endOffset());
        assertEquals(5, topic(s, topics.events().name()).endOffset());
        assertEquals(1, topic(s, topics.deadLetters().name()).endOffset());
        assertEquals(1, topic(s, topics.publishedSlice("crime-law-justice")).partitions());

        assertEquals(4, throughput(s, "tag"));
        assertEquals(3, throughput(s, "enrich"));
        assertEquals(0, throughput(s, "publish"));

        StatusSnapshot.GroupLag reader = s.groups().stream().filter(g -> g.group().equals(readerGroup)).findFirst().orElseThrow();
        assertEquals(List.of(new StatusSnapshot.TopicLag(topics.submitted().name(), 2, 1, 2, 3)), reader.topics());
        StatusSnapshot.GroupLag enrich = s.groups().get(0);
        assertEquals(enrichApplication, enrich.group());
        assertEquals(List.of(), enrich.topics());

        assertEquals(List.of(new StatusSnapshot.LatencyMinute(publishedAt.truncatedTo(ChronoUnit.MINUTES), 4, 3,
                2_500L, 4_000L, 4_000L)), s.latency());
        assertEquals(0, s.eventsUndecodable());

        StatusSnapshot.DeadLetterReason reason = s.deadLetters().latest().get(0);
        assertEquals("enrich.tagging", reason.stage());
        assertEquals(IllegalArgumentException.class.getName(), reason.exceptionClass());
        assertEquals("IllegalArgumentException: " + HOSTILE, reason.message());
        assertEquals(topics.submitted().name(), reason.sourceTopic());
        assertEquals(3, reason.sourceOffset());

        assertEquals(StatusSnapshot.FeedHealth.OK, s.feeds().state());
        assertEquals("courts-wire", s.feeds().feeds().get(0).source());
        assertEquals(10, s.feeds().feeds().get(0).itemsSubmitted());
    }

    @Test
    void servesThePageAndTheJsonOverHttp() throws Exception {
        settled();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/status"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        Document doc = Jsoup.parse(page.body());
        assertTrue(doc.select("script").isEmpty());
        assertEquals("1", doc.getElementById("dlq-count").text());
        assertTrue(doc.getElementById("topics").text().contains(topics.submitted().name() + " 2 0 5"),
                doc.getElementById("topics").text());
        assertTrue(doc.getElementById("groups").text().contains(readerGroup + " " + topics.submitted().name()
                + " 1 of 2 partitions 3"), doc.getElementById("groups").text());

        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/status.json"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        JsonNode body = Json.mapper().readTree(json.body());
        assertEquals(1, body.path("deadLetters").path("count").asLong());
        assertEquals(topics.prefix(), body.path("topicPrefix").asText());
    }

    @Test
    void aHeadlessBrowserLoadsThePageWithItsTablesAndCharts() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            String reason = "PipelineStatusIT browser check SKIPPED: no Chromium at " + CHROMIUM
                    + " (install Debian's chromium package)";
            System.out.println("!!!!! " + reason);
            System.err.println("!!!!! " + reason);
            Assumptions.abort(reason);
        }
        settled();
        Path profile = Files.createTempDirectory("newsdesk-status-chromium-");
        Path dom = profile.resolve("dom.html");
        Path log = profile.resolve("stderr.txt");
        try {
            Process chromium = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("profile"), "--dump-dom",
                    "http://127.0.0.1:" + site.port() + "/status")
                    .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
            if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly();
                throw new AssertionError("Chromium did not dump the page within 90 s; stderr:\n" + tail(log));
            }
            assertEquals(0, chromium.exitValue(), "Chromium failed; stderr:\n" + tail(log));
            Document doc = Jsoup.parse(Files.readString(dom));
            assertEquals("Pipeline status", doc.selectFirst("h1").text(), "DOM was:\n" + Files.readString(dom));
            for (String table : List.of("topics", "groups", "throughput", "latency", "dead-letters", "feeds")) {
                assertFalse(doc.select("table#" + table + " tbody tr").isEmpty(), "no rows in table #" + table);
            }
            assertTrue(doc.select("svg").size() >= 7, "one chart per stage and two for latency: " + doc.select("svg").size());
            assertFalse(doc.select("svg rect.bar").isEmpty(), "the charts have bars");
            // The browser built the DOM: a hostile message would have become elements here if unescaped.
            assertTrue(doc.select("script").isEmpty());
            assertTrue(doc.select("td.dlq-message b").isEmpty());
            assertEquals("IllegalArgumentException: " + HOSTILE, doc.selectFirst("td.dlq-message").text());
        } finally {
            deleteRecursively(profile);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
