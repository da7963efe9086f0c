package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.broker.EmbeddedKafkaBroker;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.publish.site.Site;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.schemas.PublishedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A retraction survives compaction and a rebuild: on a real broker whose cleaner runs at once, the
 * retracted article's last value is compacted away from {@code articles.published}, and a read side built
 * afterwards from the topic alone still answers 410 at the article's address, because the topic keeps
 * tombstones (its {@code delete.retention.ms} as {@link TopicSpec} creates it) and the tombstone names the
 * slug. The same topic with tombstones kept for 0 ms is the control: there the tombstone is cleaned too,
 * and the rebuilt read side answers 404, as if the article had never been published.
 *
 * <p>Its own broker: the shared one's cleaner looks for work every 15 s; this one's every 100 ms.
 */
class TombstoneRetentionIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Map<String, String> CLEAN_AT_ONCE = Map.of(
            TopicConfig.SEGMENT_MS_CONFIG, "100",
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01",
            TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0");
    private static final AvroSerde<PublishedArticle> SERDE = AvroSerde.of(PublishedArticle.class);
    private static EmbeddedKafkaBroker broker;

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path indexes;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.temporary(Map.of("log.cleaner.backoff.ms", "100")).start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aReadSideBuiltAfterCompactionStillAnswers410ForTheRetractedArticle() throws Exception {
        TopicSpec published = Topics.withPrefix("kept.").specs().stream()
                .filter(s -> s.name().equals("kept." + Topics.PUBLISHED)).findFirst().orElseThrow();
        String kept = published.name();
        String forgotten = "forgotten." + Topics.PUBLISHED;
        Map<String, String> keptConfigs = new HashMap<>(published.configs());
        keptConfigs.putAll(CLEAN_AT_ONCE);
        Map<String, String> forgottenConfigs = new HashMap<>(keptConfigs);
        forgottenConfigs.put(TopicConfig.DELETE_RETENTION_MS_CONFIG, "0");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
            admin.createTopics(List.of(new NewTopic(kept, 1, (short) 1).configs(keptConfigs),
                    new NewTopic(forgotten, 1, (short) 1).configs(forgottenConfigs))).all().get(30, TimeUnit.SECONDS);
            ConfigResource keptResource = new ConfigResource(ConfigResource.Type.TOPIC, kept);
            assertEquals(Long.toString(TopicSpec.TOMBSTONE_RETENTION.toMillis()), admin.describeConfigs(List.of(keptResource))
                    .all().get(30, TimeUnit.SECONDS).get(keptResource).get(TopicConfig.DELETE_RETENTION_MS_CONFIG).value());

            for (String topic : List.of(kept, forgotten)) {
                send(producer, topic, "a", SERDE.serializer().serialize(topic, article("a").slug("verdict-a").build()), null);
                send(producer, topic, "b", SERDE.serializer().serialize(topic, article("b").slug("ferry-b").build()), null);
                send(producer, topic, "a", null, "verdict-a");
            }
            // Compaction never touches the active segment: a record now and then rolls it (segment.ms 100).
            byte[] filler = SERDE.serializer().serialize(kept, article("filler").slug("filler").build());
            await("the cleaner removed the retracted article's value (and, with no tombstone retention, the tombstone)")
                    .atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
                        send(producer, kept, "filler", filler, null);
                        send(producer, forgotten, "filler", filler, null);
                        return keys(kept).equals(List.of("b", "a:tombstone", "filler"))
                                && keys(forgotten).equals(List.of("b", "filler"));
                    });
        }

        assertEquals(410, statusOfAFreshReadSide(kept, "/articles/verdict-a"), "the retraction outlived compaction");
        assertEquals(200, statusOfAFreshReadSide(kept, "/articles/ferry-b"));
        assertEquals(404, statusOfAFreshReadSide(forgotten, "/articles/verdict-a"),
                "control: without tombstone retention a rebuilt read side no longer knows of the retraction");
    }

    private static Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** A value, or with {@code value} null a RETRACTED tombstone naming the slug, as publish writes them. */
    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value, String slug)
            throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
        if (value == null) {
            record.headers().add(TombstoneReason.HEADER, "RETRACTED".getBytes(StandardCharsets.UTF_8));
            record.headers().add(TombstoneReason.SLUG_HEADER, slug.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    /** The topic's records now, in order, as keys ("a:tombstone" for a tombstone), repeats of a key once. */
    private static List<String> keys(String topic) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String key = new String(record.key(), StandardCharsets.UTF_8) + (record.value() == null ? ":tombstone" : "");
                    keys.remove(key);
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Builds a read side from the topic alone into a new directory, serves the site, answers the status of {@code path}. */
    private int statusOfAFreshReadSide(String topic, String path) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(indexes.resolve(topic + "-" + path.hashCode()), topic, Clock.systemUTC())) {
            PublishedTopicFollower follower = new PublishedTopicFollower(new KafkaConsumer<>(consumerProperties()), topic,
                    SERDE.deserializer(), index, PublishedTopicFollower.Cadence.DEFAULT, Clock.systemUTC(), v -> { });
            Thread thread = new Thread(follower, "tombstone-it-read-model");
            thread.start();
            HttpApp.Builder routes = HttpApp.builder("tombstone-it").host("127.0.0.1").port(0).stopGraceSeconds(0);
            new Site(index, new SiteConfig("Retention", "http://localhost", ZoneId.of("UTC"), 10), Clock.systemUTC()).register(routes);
            try (HttpApp app = routes.start()) {
                await("the fresh read side caught up with " + topic).atMost(WAIT).until(follower::caughtUp);
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } finally {
                follower.close();
                thread.join(10_000);
            }
        }
    }
}
