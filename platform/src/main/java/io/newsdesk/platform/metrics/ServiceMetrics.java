package io.newsdesk.platform.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service's Prometheus metrics: a registry of its own (so that the launcher can run every service in
 * one JVM and each still answers for itself), tagged {@code service=<name>}, with the JVM and process
 * binders, the Kafka client and Streams binders for the clients the service hands in, and the Newsdesk
 * meters of {@link PipelineMeters} (which lists every name). {@link #register(HttpApp.Builder)} serves them
 * as {@code GET /metrics} in the Prometheus text format.
 *
 * <p>The Streams dead-letter handlers are created by Kafka Streams from its configuration, not by us, so
 * they reach the registry through the Streams properties: {@link #putInto(Properties)} stores it under
 * {@link #REGISTRY_CONFIG}.
 *
 * <p>{@link #close()} unbinds the Kafka binders and the GC listener; close it after the clients it watches.
 */
public final class ServiceMetrics implements AutoCloseable {
    /** The Streams property holding the {@link io.micrometer.core.instrument.MeterRegistry} object. */
    public static final String REGISTRY_CONFIG = "newsdesk.metrics.registry";
    public static final String PATH = "/metrics";
    /** The Prometheus text exposition format, which every Prometheus version scrapes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /**
     * How often the Kafka binders look for client metrics that appeared since the last look (a new topic,
     * a task after a rebalance). Values of known metrics are read at every scrape regardless.
     */
    static final Duration KAFKA_REFRESH = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(ServiceMetrics.class);

    private final String service;
    private final PrometheusMeterRegistry registry;
    private final PipelineMeters pipeline;
    private final ScheduledExecutorService kafkaRefresh;
    private final Deque<AutoCloseable> bound = new ArrayDeque<>();

    private ServiceMetrics(String service, PrometheusMeterRegistry registry, ScheduledExecutorService kafkaRefresh) {
        this.service = service;
        this.registry = registry;
        this.pipeline = new PipelineMeters(registry);
        this.kafkaRefresh = kafkaRefresh;
    }

    /** A registry for {@code service} with the JVM and process metrics bound. */
    public static ServiceMetrics create(String service) {
        Objects.requireNonNull(service, "service");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, service + "-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        ServiceMetrics metrics = new ServiceMetrics(service, registry, refresh);
        metrics.bind(new JvmMemoryMetrics());
        metrics.bind(new JvmThreadMetrics());
        metrics.bind(new ClassLoaderMetrics());
        metrics.bind(new ProcessorMetrics());
        metrics.bind(new UptimeMetrics());
        metrics.bind(new FileDescriptorMetrics());
        metrics.bind(new JvmGcMetrics());
        return metrics;
    }

    public String service() {
        return service;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public PipelineMeters pipeline() {
        return pipeline;
    }

    /** Streams' own metrics: thread, task, processor node, state store and its clients'. */
    public void bindKafkaStreams(KafkaStreams streams) {
        bind(new KafkaStreamsMetrics(streams, Tags.empty(), kafkaRefresh, KAFKA_REFRESH));
    }

    public void bindProducer(Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer, Tags.empty(), kafkaRefresh, KAFKA_REFRESH));
    }

    public void bindConsumer(Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer, Tags.empty(), kafkaRefresh, KAFKA_REFRESH));
    }

    private synchronized void bind(MeterBinder binder) {
        binder.bindTo(registry);
        if (binder instanceof AutoCloseable closeable) {
            bound.push(closeable);
        }
    }

    /** Puts the registry into Streams properties, for the dead-letter handlers; returns the same object. */
    public Properties putInto(Properties streamsProperties) {
        streamsProperties.put(REGISTRY_CONFIG, registry);
        return streamsProperties;
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Adds {@code GET /metrics}. */
    public HttpApp.Builder register(HttpApp.Builder builder) {
        return builder.get(PATH, request -> Response.text(200, CONTENT_TYPE, scrape()));
    }

    @Override
    public synchronized void close() {
        while (!bound.isEmpty()) {
            AutoCloseable binder = bound.pop();
            try {
                binder.close();
            } catch (Exception e) {
                LOG.warn("{}: could not unbind {}", service, binder.getClass().getSimpleName(), e);
            }
        }
        kafkaRefresh.shutdownNow();
        registry.close();
    }
}
