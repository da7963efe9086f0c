package io.newsdesk.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.testkit.KafkaFixture;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire feed served locally flows through the whole pipeline: ingest polls it, each item is published
 * once, an edited item becomes the next version of the same article, and polls that find nothing new add
 * nothing — no duplicates on any topic.
 */
class FeedToPublishedIT {
    private static final KafkaFixture KAFKA = KafkaFixture.shared();

    @TempDir
    Path data;

    private static String rss(String firstItemBody) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Wire</title><link>https://wire.example/</link>
                <description>Court and police news</description>
                <item><guid isPermaLink="false">vw-1001</guid><title>County jury convicts former clerk of embezzlement</title>
                <link>https://wire.example/vw-1001</link><pubDate>Fri, 27 Nov 2026 14:00:00 GMT</pubDate>
                <description>%s</description></item>
                <item><guid isPermaLink="false">vw-1002</guid><title>Sheriff's office opens review of jail deaths</title>
                <link>https://wire.example/vw-1002</link><pubDate>Fri, 27 Nov 2026 15:30:00 GMT</pubDate>
                <description>The county sheriff's office said Friday it had asked an outside agency to review three deaths \
                at the county jail this year. "We owe the families answers," Sheriff Dana Ruiz said.</description></item>
                </channel></rss>
                """.formatted(firstItemBody);
    }

    @Test
    void feedItemsArePublishedOnceAndAnEditedItemBecomesVersionTwo() throws Exception {
        AtomicReference<String> feed = new AtomicReference<>(rss("A jury in Marlow County on Friday convicted a former "
                + "county clerk of taking $412,000 from a land-records fund over six years, prosecutors said."));
        AtomicInteger polls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", exchange -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            polls.incrementAndGet();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
        try (TestPipeline pipeline = TestPipeline.start(KAFKA, "feed", data,
                Map.of("NEWSDESK_FEEDS", "valley-wire=" + url, "NEWSDESK_FEED_POLL_SECONDS", "5"))) {
            List<ConsumerRecord<String, PublishedArticle>> first = pipeline.publishedReader(KAFKA)
                    .readUntil("both feed items published", rs -> latestVersions(rs).size() == 2);
            Map<String, Long> firstVersions = latestVersions(first);
            assertEquals(Set.of(CONVICTED, REVIEW), firstVersions.keySet());

            feed.set(rss("A jury in Marlow County on Friday convicted a former county clerk of taking $412,000 "
                    + "from a land-records fund over six years. Sentencing is set for January 14."));
            List<ConsumerRecord<String, PublishedArticle>> updated = pipeline.publishedReader(KAFKA)
                    .readUntil("the edited item published as its next version",
                            rs -> latestVersions(rs).getOrDefault(CONVICTED, 0L) > firstVersions.get(CONVICTED));
            assertEquals(firstVersions.get(REVIEW), latestVersions(updated).get(REVIEW), "the unchanged item stays as it was");

            // Two more polls of an unchanged feed must add nothing anywhere.
            int seen = polls.get();
            await("two more polls").atMost(Duration.ofSeconds(30)).until(() -> polls.get() >= seen + 2);
            List<ConsumerRecord<String, Submission>> submitted = KAFKA.topicReader(pipeline.topics().submitted().name(),
                            new StringDeserializer(), pipeline.topics().submitted().valueSerde().deserializer())
                    .readUntil("three submissions", rs -> rs.size() >= 3);
            assertEquals(List.of("vw-1001", "vw-1001", "vw-1002"), submitted.stream()
                    .map(r -> r.value().getExternalId()).sorted().toList(),
                    "one submission per new or edited item, none for unchanged polls");
            // Each submission was published as the version the log gave it: its offset + 1.
            Set<Long> publishedVersions = updated.stream().filter(r -> r.value() != null)
                    .map(r -> r.value().getVersion()).collect(Collectors.toSet());
            assertEquals(submitted.stream().map(r -> ArticleVersions.fromOffset(r.offset())).collect(Collectors.toSet()),
                    publishedVersions);
            List<ConsumerRecord<String, ArticleEvent>> events = KAFKA.topicReader(pipeline.topics().events().name(),
                            new StringDeserializer(), pipeline.topics().events().valueSerde().deserializer())
                    .readUntil("three events", rs -> rs.size() >= 3);
            assertEquals(List.of(EventType.PUBLISHED, EventType.PUBLISHED, EventType.UPDATED),
                    events.stream().map(r -> r.value().getType()).sorted().toList());
        } finally {
            server.stop(0);
        }
    }

    private static final String CONVICTED = "County jury convicts former clerk of embezzlement";
    private static final String REVIEW = "Sheriff's office opens review of jail deaths";

    /** Headline → highest version seen, skipping tombstones. */
    private static Map<String, Long> latestVersions(List<ConsumerRecord<String, PublishedArticle>> records) {
        return records.stream().filter(r -> r.value() != null).collect(Collectors.toMap(
                r -> r.value().getArticle().getContent().getHeadline(), r -> r.value().getVersion(), Math::max, TreeMap::new));
    }
}
