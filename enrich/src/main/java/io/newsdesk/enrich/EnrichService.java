package io.newsdesk.enrich;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.cluster.ClusterReplication;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.metrics.PipelineMeters;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.streams.StreamsHealth;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enrich service: the {@link EnrichTopology} on Kafka Streams with exactly-once and the
 * dead-letter handlers. Reads {@code articles.submitted} and {@code articles.tagged}, writes
 * {@code articles.tagged}, {@code articles.enriched} and {@code articles.dlq}. Every instance started
 * with the same application id joins one consumer group, so instances share the partitions and take
 * over each other's work when one stops.
 *
 * <p>Metrics ({@link #metrics()}, served as {@code GET /metrics} by {@link EnrichHttp}): articles in and out
 * of each stage ({@code tag}, {@code enrich}) and the time spent in it, dead letters (counted by the
 * platform's handlers, which find the registry in the Streams properties), Kafka Streams' own metrics and the JVM's.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichConfig config;
    private final KafkaStreams streams;
    private final StreamsHealth health;
    private final ServiceMetrics metrics;

    private EnrichService(EnrichConfig config, KafkaStreams streams, StreamsHealth health, ServiceMetrics metrics) {
        this.config = config;
        this.streams = streams;
        this.health = health;
        this.metrics = metrics;
    }

    /** Starts with the production processors. */
    public static EnrichService start(ConfigSource source) {
        EnrichConfig config = EnrichConfig.from(source);
        return start(config, StandardProcessors.create(config.analysis(), Clock.systemUTC()));
    }

    public static EnrichService start(EnrichConfig config, ArticleProcessor processor) {
        Topics topics = config.topics();
        StreamsHealth health = new StreamsHealth(new WriteAvailability(Clock.systemUTC()));
        Replication streamsReplication = ensureTopics(config, topics, health);
        ServiceMetrics metrics = ServiceMetrics.create("enrich");
        Topology topology = EnrichTopology.build(topics, processor.observedBy(stageMeters(metrics.pipeline())));
        LOG.info("enrich {} starting with processors {}\n{}", config.applicationId(), processor.versions(),
                topology.describe());
        Properties properties = metrics.putInto(config.streamsProperties(streamsReplication));
        // Its producers tell /ready whether the cluster acknowledges what enrich writes.
        health.writes().attachToStreams(properties);
        KafkaStreams streams;
        try {
            streams = new KafkaStreams(topology, properties);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        metrics.bindKafkaStreams(streams);
        streams.setStateListener(health);
        // A record that fails is dead-lettered by the exception handlers; what reaches this handler is the
        // thread itself failing (a fenced producer, a broker error beyond retries). A fresh thread
        // re-joins the group and resumes from the last committed transaction, so nothing is lost.
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("enrich stream thread failed; replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        try {
            streams.start();
        } catch (RuntimeException e) {
            streams.close(config.closeTimeout());
            metrics.close();
            throw e;
        }
        return new EnrichService(config, streams, health, metrics);
    }

    /**
     * Counts every article a stage was handed into {@code newsdesk_articles_in_total{stage}}, every one it
     * produced into {@code newsdesk_articles_out_total{stage}}, and times it into {@code newsdesk_stage_seconds}.
     * One that threw is in but not out; the dead-letter handlers count it once more as a dead letter.
     */
    static ArticleProcessor.StageObserver stageMeters(PipelineMeters pipeline) {
        PipelineMeters.Stage tag = pipeline.stage(ArticleProcessor.TAG_STAGE);
        PipelineMeters.Stage enrich = pipeline.stage(ArticleProcessor.ENRICH_STAGE);
        return (stage, nanos, failure) -> (ArticleProcessor.TAG_STAGE.equals(stage) ? tag : enrich)
                .record(nanos, failure == null);
    }

    /**
     * Creates enrich's topics when missing, with the replication the cluster allows (reporting weaker existing
     * ones to /health), and settles the replication of Streams' internal topics the same way.
     */
    private static Replication ensureTopics(EnrichConfig config, Topics topics, StreamsHealth health) {
        Set<String> ours = Set.of(topics.submitted().name(), topics.tagged().name(), topics.enriched().name(),
                topics.deadLetters().name());
        List<TopicSpec> specs = topics.specs().stream().filter(spec -> ours.contains(spec.name())).toList();
        try (Admin admin = Admin.create(config.kafka().common())) {
            int brokers = ClusterReplication.brokers(admin);
            Replication replication = ClusterReplication.settle(config.topicReplication(), brokers, "enrich topics");
            health.reportWeakerTopics(TopicAdmin.ensure(admin, specs, config.topicPartitions(), replication).weaker());
            return ClusterReplication.settle(config.streams().replication(), brokers, "enrich Streams internal topics");
        }
    }

    /** Processing, or about to be (a rebalance is a normal pause). */
    public boolean healthy() {
        return health.live();
    }

    /** All assigned tasks are running. */
    public boolean ready() {
        return health.ready();
    }

    public KafkaStreams.State state() {
        return health.state();
    }

    public StreamsHealth health() {
        return health;
    }

    /** This service's meters; {@link EnrichHttp#routes(StreamsHealth, ServiceMetrics)} serves them. */
    public ServiceMetrics metrics() {
        return metrics;
    }

    /**
     * Commits or aborts the open transactions and leaves the group, so that the other instances take
     * over this one's partitions at once instead of after the session timeout.
     */
    @Override
    public void close() {
        boolean clean = streams.close(CloseOptions.timeout(config.closeTimeout())
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        if (clean) {
            LOG.info("enrich {} stopped", config.applicationId());
        } else {
            LOG.warn("enrich {} did not stop within {}; open transactions are aborted by the broker",
                    config.applicationId(), config.closeTimeout());
        }
        metrics.close();
    }
}
