package io.newsdesk.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The Newsdesk meters, one catalogue for every service so that a dashboard reads the same names
 * everywhere. Each scrape also carries the common tag {@code service} (ingest, enrich, publish).
 * Names as Prometheus shows them:
 * <ul>
 *   <li>{@code newsdesk_articles_in_total{stage}}: articles that reached a stage ({@code ingest}: submission
 *       requests; {@code tag}, {@code enrich}: records handed to the step; {@code publish}).</li>
 *   <li>{@code newsdesk_articles_out_total{stage}}: articles a stage passed on ({@code ingest}: accepted, 202).
 *       In minus out is what a stage refused or dead-lettered.</li>
 *   <li>{@code newsdesk_stage_seconds{stage}}: time spent in a stage per article (a histogram, so
 *       {@code histogram_quantile} works across instances).</li>
 *   <li>{@code newsdesk_dead_letters_total{stage,cause,node}}: records sent to {@code articles.dlq} by the Streams
 *       exception handlers; {@code cause} is deserialize, process, produce or serialize-key/-value, {@code node}
 *       the processor it happened at.</li>
 *   <li>{@code newsdesk_ingest_requests_total{status}} and {@code newsdesk_ingest_request_seconds{status}}:
 *       submission requests by HTTP status, and how long they took.</li>
 *   <li>{@code newsdesk_end_to_end_latency_seconds}: from ingest's {@code receivedAt} to publication.</li>
 *   <li>{@code newsdesk_article_events_total{type}}: events written to {@code articles.events}, by type.</li>
 *   <li>{@code newsdesk_versions_refused_total{reason}}: versions publish refused and dead-lettered:
 *       {@code conflict} (the update was based on another version than the article's latest) or {@code stale}
 *       (a version lower than one already applied, from a writer that numbers its own versions).</li>
 * </ul>
 * Publish's read model adds {@code newsdesk_read_model_*} (its index's segments, disk and merges; publish's
 * {@code ReadModelMeters}).
 * Kafka client and Streams metrics ({@code kafka_producer_*}, {@code kafka_consumer_*}, {@code kafka_stream_*})
 * and JVM metrics ({@code jvm_*}, {@code process_*}, {@code system_*}) come from Micrometer's binders, see
 * {@link ServiceMetrics}.
 *
 * <p>With exactly-once, a task that aborts its transaction reprocesses its records, so the Streams-side
 * counters may count such a record twice: they measure work done, not records delivered (the topics hold those).
 */
public final class PipelineMeters {
    public static final String ARTICLES_IN = "newsdesk.articles.in";
    public static final String ARTICLES_OUT = "newsdesk.articles.out";
    public static final String STAGE_TIME = "newsdesk.stage";
    public static final String DEAD_LETTERS = "newsdesk.dead.letters";
    public static final String INGEST_REQUESTS = "newsdesk.ingest.requests";
    public static final String INGEST_REQUEST_TIME = "newsdesk.ingest.request";
    public static final String END_TO_END_LATENCY = "newsdesk.end.to.end.latency";
    public static final String ARTICLE_EVENTS = "newsdesk.article.events";
    public static final String VERSIONS_REFUSED = "newsdesk.versions.refused";

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Stage> stages = new ConcurrentHashMap<>();
    private final Timer endToEnd;

    public PipelineMeters(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.endToEnd = Timer.builder(END_TO_END_LATENCY)
                .description("time from ingest accepting a submission (receivedAt) to its publication")
                .publishPercentileHistogram()
                // Buckets only where latencies can be: a few ms on a quiet pipeline up to minutes behind a backlog.
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /**
     * The meters over the registry a service put into its Streams properties ({@link ServiceMetrics#putInto}),
     * as processors and exception handlers find them in their configuration; null when there is none (as in
     * most unit tests), so that nothing is counted.
     *
     * @throws IllegalArgumentException when the key holds something other than a registry
     */
    public static PipelineMeters fromStreamsConfig(Map<String, ?> configs) {
        Object registry = configs.get(ServiceMetrics.REGISTRY_CONFIG);
        if (registry == null) {
            return null;
        }
        if (!(registry instanceof MeterRegistry meterRegistry)) {
            throw new IllegalArgumentException(ServiceMetrics.REGISTRY_CONFIG + " must hold a MeterRegistry, not a "
                    + registry.getClass().getName());
        }
        return new PipelineMeters(meterRegistry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The in/out counters and timer of one stage; created once and shared by every caller. */
    public Stage stage(String name) {
        return stages.computeIfAbsent(name, n -> new Stage(registry, n));
    }

    /** Counts one record sent to the dead-letter topic. */
    public void deadLetter(String stage, String cause, String node) {
        Counter.builder(DEAD_LETTERS)
                .description("records sent to the dead-letter topic")
                .tag("stage", stage)
                .tag("cause", cause)
                .tag("node", node == null ? "none" : node)
                .register(registry)
                .increment();
    }

    /**
     * Records how long an article took from submission to publication. A negative span (clocks of two
     * hosts disagreeing) says nothing about latency and is not recorded.
     */
    public void endToEnd(Instant receivedAt, Instant publishedAt) {
        Duration took = Duration.between(receivedAt, publishedAt);
        if (!took.isNegative()) {
            endToEnd.record(took);
        }
    }

    public Timer endToEndTimer() {
        return endToEnd;
    }

    /** The counter of events of one type (CREATED, UPDATED, CORRECTED, RETRACTED...). */
    public Counter articleEvents(String type) {
        return Counter.builder(ARTICLE_EVENTS)
                .description("events written to articles.events")
                .tag("type", type)
                .register(registry);
    }

    /** The counter of versions publish refused for {@code reason} ({@code conflict} or {@code stale}). */
    public Counter versionsRefused(String reason) {
        return Counter.builder(VERSIONS_REFUSED)
                .description("versions publish refused and dead-lettered, by reason")
                .tag("reason", reason)
                .register(registry);
    }

    /** One stage's meters: how many articles came in, how many went out, how long each took. */
    public static final class Stage {
        private final Counter in;
        private final Counter out;
        private final Timer time;

        private Stage(MeterRegistry registry, String name) {
            this.in = Counter.builder(ARTICLES_IN).description("articles that reached the stage")
                    .tag("stage", name).register(registry);
            this.out = Counter.builder(ARTICLES_OUT).description("articles the stage passed on")
                    .tag("stage", name).register(registry);
            this.time = Timer.builder(STAGE_TIME).description("time spent in the stage per article")
                    .tag("stage", name)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofNanos(100_000))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry);
        }

        public Counter in() {
            return in;
        }

        public Counter out() {
            return out;
        }

        public Timer time() {
            return time;
        }

        /** One article went through the stage in {@code nanos}; {@code passedOn} when it produced output. */
        public void record(long nanos, boolean passedOn) {
            in.increment();
            if (passedOn) {
                out.increment();
            }
            time.record(nanos, TimeUnit.NANOSECONDS);
        }
    }
}
