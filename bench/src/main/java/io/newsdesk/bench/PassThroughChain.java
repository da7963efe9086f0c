package io.newsdesk.bench;

import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.platform.cluster.ClusterReplication;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.streams.StreamsLayout;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical limit: the same hops, partitions, record types and guarantees as the pipeline, doing no
 * work. A producer with ingest's own settings ({@link IngestConfig#producerProperties(WriteAvailability)}: acks=all,
 * idempotent, lz4, the same linger) writes each article's {@link Submission} once, asynchronously;
 * two Kafka Streams applications with the services' own exactly-once settings
 * ({@link StreamsSettings#exactlyOnce}) and one stream thread each carry it through
 * {@link PassThroughTopology}'s three hops to the published topic.
 */
public final class PassThroughChain implements SystemUnderTest {
    private static final Logger LOG = LoggerFactory.getLogger(PassThroughChain.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Topics topics;
    private final String source;
    private final Producer<String, byte[]> producer;
    private final KafkaStreams tagAndEnrich;
    private final KafkaStreams publish;

    private PassThroughChain(Topics topics, String source, Producer<String, byte[]> producer, KafkaStreams tagAndEnrich,
                             KafkaStreams publish) {
        this.topics = topics;
        this.source = source;
        this.producer = producer;
        this.tagAndEnrich = tagAndEnrich;
        this.publish = publish;
    }

    /**
     * @param settings the same keys the services read (bootstrap, partitions, commit interval, Kafka
     *                 pass-through); the topic prefix in it names this chain's topics
     */
    public static PassThroughChain start(ConfigSource settings, Path stateDir) {
        IngestConfig ingestLike = IngestConfig.from(ConfigSource.of(IngestConfig.DEFAULTS).with(settings.asMap()));
        KafkaClientConfig kafka = ingestLike.kafka();
        Topics topics = ingestLike.topics();
        Set<String> used = Set.of(topics.submitted().name(), topics.tagged().name(), topics.enriched().name(),
                topics.published().name(), topics.deadLetters().name());
        List<TopicSpec> specs = topics.specs().stream().filter(s -> used.contains(s.name())).toList();
        try (Admin admin = Admin.create(kafka.common())) {
            TopicAdmin.ensure(admin, specs, ingestLike.topicPartitions(), ClusterReplication.settle(
                    ingestLike.topicReplication(), ClusterReplication.brokers(admin), "baseline topics"));
        }
        long commitInterval = StreamsLayout.COMMIT_INTERVAL_SETTING.read(settings);
        String prefix = topics.prefix();
        Clock clock = Clock.systemUTC();
        KafkaStreams tagAndEnrich = new KafkaStreams(PassThroughTopology.tagAndEnrichHops(topics, clock),
                streamsProperties(prefix + "passthrough-enrich", kafka, topics, stateDir, commitInterval));
        KafkaStreams publish = new KafkaStreams(PassThroughTopology.publishHop(topics, clock),
                streamsProperties(prefix + "passthrough-publish", kafka, topics, stateDir, commitInterval));
        // The baseline reports its writes nowhere: it has no /health to turn DOWN.
        Map<String, Object> producerProps = ingestLike.producerProperties(new WriteAvailability(clock));
        producerProps.put("client.id", prefix + "passthrough-producer");
        Producer<String, byte[]> producer = new KafkaProducer<>(producerProps);
        PassThroughChain chain = new PassThroughChain(topics, "bench-baseline", producer, tagAndEnrich, publish);
        try {
            tagAndEnrich.start();
            publish.start();
            Waiting.orFail(() -> tagAndEnrich.state() == KafkaStreams.State.RUNNING
                    && publish.state() == KafkaStreams.State.RUNNING, START_TIMEOUT, "the pass-through Streams apps to run");
        } catch (RuntimeException e) {
            chain.close();
            throw e;
        }
        LOG.info("baseline running: {} -> {} -> {} -> {}", topics.submitted().name(), topics.tagged().name(),
                topics.enriched().name(), topics.published().name());
        return chain;
    }

    private static Properties streamsProperties(String applicationId, KafkaClientConfig kafka, Topics topics,
                                                Path stateDir, long commitInterval) {
        Properties props = StreamsSettings.exactlyOnce(applicationId, "bench-baseline", kafka,
                topics.deadLetters().name(), stateDir.toString(), 1, commitInterval);
        // As enrich and publish run by default: one stream thread per application.
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        return props;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String publishedTopic() {
        return topics.published().name();
    }

    @Override
    public int submitThreads() {
        return 1;
    }

    @Override
    public void submit(GeneratedArticle article, Runnable onFailure) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Submission submission = article.toSubmission(source, UUID.randomUUID().toString(), now);
        byte[] value = topics.submitted().valueSerde().serializer().serialize(topics.submitted().name(), submission);
        producer.send(new ProducerRecord<>(topics.submitted().name(), submission.getArticleId(), value),
                (metadata, error) -> {
                    if (error != null) {
                        LOG.warn("baseline submission of {} failed", submission.getArticleId(), error);
                        onFailure.run();
                    }
                });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        tagAndEnrich.close(Duration.ofSeconds(30));
        publish.close(Duration.ofSeconds(30));
    }
}
