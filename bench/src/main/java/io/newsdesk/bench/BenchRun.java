package io.newsdesk.bench;

import io.newsdesk.broker.EmbeddedKafkaBroker;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.PublishedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run, start to end: a broker (embedded, or the cluster {@code KAFKA_BOOTSTRAP_SERVERS}
 * names), the article pool, the baseline's phases, the pipeline's phases on topics of their own, then the
 * HTTP door. Systems run one after the other, never together, so neither steals the other's cores.
 */
public final class BenchRun {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);

    /** The results, and the flight recording's summary when one was asked for. */
    public record Outcome(BenchResults results, Optional<String> profile) {
    }

    private final BenchOptions options;
    private final Map<String, String> environment;

    public BenchRun(BenchOptions options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    public Outcome run() throws Exception {
        Map<String, Object> machine = machine();
        machine.put("loadAverageAtStart", ResultsJson.round(ResourceMeter.loadAverage(), 2));
        String runId = "bench-" + Long.toString(System.currentTimeMillis() / 1000, 36);
        Path stateDir = Files.createTempDirectory("newsdesk-bench-state-");
        Optional<String> external = Optional.ofNullable(environment.get(KafkaClientConfig.BOOTSTRAP_KEY))
                .filter(s -> !s.isBlank());
        EmbeddedKafkaBroker broker = external.isPresent() ? null : EmbeddedKafkaBroker.temporary().start();
        try {
            String bootstrap = external.orElseGet(broker::bootstrapServers);
            machine.put("broker", external.isPresent() ? "external: " + bootstrap : "embedded KRaft broker in this JVM");

            long generationStart = System.nanoTime();
            ArticlePool pool = ArticlePool.generate(new ArticleGenerator(options.seed()), Math.max(options.articles(), 1000));
            LOG.info("generated {} articles in {} ms: body {}..{} bytes, mean {}", pool.size(),
                    (System.nanoTime() - generationStart) / 1_000_000, pool.minBodyBytes(), pool.maxBodyBytes(),
                    Math.round(pool.meanBodyBytes()));

            SystemResult baseline;
            try (PassThroughChain chain = PassThroughChain.start(settings(bootstrap, runId + "-base-", stateDir), stateDir)) {
                baseline = measure(chain, pool, bootstrap, Double.NaN, Optional.empty());
            }
            double rate = options.fixedRate().orElse(options.load() * baseline.articlesPerSec());

            SystemResult pipeline;
            HttpResult http = null;
            Optional<String> profile = Optional.empty();
            try (NewsdeskPipeline newsdesk = NewsdeskPipeline.start(settings(bootstrap, runId + "-pipe-", stateDir),
                    options.submitters())) {
                pipeline = measure(newsdesk, pool, bootstrap, rate, options.jfr());
                if (options.jfr().isPresent()) {
                    profile = Optional.of("Pipeline (throughput and latency phases):\n"
                            + FlightRecording.summarise(options.jfr().get(), 25));
                }
                if (!options.skipHttp()) {
                    newsdesk.stopDownstream();
                    Optional<Path> httpJfr = options.jfr().map(BenchRun::httpRecordingFile);
                    Optional<FlightRecording> httpRecording = httpJfr.map(FlightRecording::start);
                    try {
                        http = new HttpDoorLoad(newsdesk.ingest().port(), pool, options.httpClients(),
                                options.httpDuration()).run();
                        if (httpRecording.isPresent()) {
                            httpRecording.get().stop();
                            profile = Optional.of(profile.orElse("") + "\nHTTP door:\n"
                                    + FlightRecording.summarise(httpJfr.get(), 25));
                        }
                    } finally {
                        httpRecording.ifPresent(FlightRecording::close);
                    }
                }
            }
            machine.put("loadAverageAtEnd", ResultsJson.round(ResourceMeter.loadAverage(), 2));
            Map<String, Object> parameters = options.asMap();
            parameters.put("latencyRate", ResultsJson.round(rate, 1));
            parameters.put("articleBodyBytesMin", pool.minBodyBytes());
            parameters.put("articleBodyBytesMean", Math.round(pool.meanBodyBytes()));
            parameters.put("articleBodyBytesMax", pool.maxBodyBytes());
            parameters.put("articlePoolSize", pool.size());
            return new Outcome(new BenchResults(machine, parameters, baseline, pipeline, http), profile);
        } finally {
            if (broker != null) {
                broker.close();
            }
            deleteTree(stateDir);
        }
    }

    /**
     * Warm-up, throughput, then latency at {@code rate} (NaN: at {@code load} times the throughput just
     * measured, which is how the baseline sets the rate both systems are held to).
     */
    private SystemResult measure(SystemUnderTest system, ArticlePool pool, String bootstrap, double rate,
                                 Optional<Path> jfr) throws IOException {
        try (PublishedReader reader = new PublishedReader(new KafkaConsumer<>(readerProperties(bootstrap, system.name()),
                new StringDeserializer(), new ByteArrayDeserializer()), system.publishedTopic(),
                Topics.standard().published().valueSerde().deserializer());
             SystemBenchmark bench = new SystemBenchmark(system, reader, pool, options)) {
            bench.warmUp();
            // Recorded after the warm-up: the profile is of the measured phases, not of start-up and JIT.
            Optional<FlightRecording> recording = jfr.map(FlightRecording::start);
            try {
                SystemBenchmark.ThroughputOutcome throughput = bench.measureThroughput();
                double fixedRate = Double.isNaN(rate)
                        ? options.fixedRate().orElse(options.load() * throughput.articlesPerSec()) : rate;
                bench.measureLatency(fixedRate);
                if (options.newsroomRate() > 0) {
                    bench.measureNewsroomLatency();
                }
                if (recording.isPresent()) {
                    LOG.info("flight recording written to {}", recording.get().stop());
                }
            } finally {
                recording.ifPresent(FlightRecording::close);
            }
            return bench.result();
        }
    }

    /** pipeline.jfr gives pipeline-http.jfr for the HTTP door's recording. */
    static Path httpRecordingFile(Path pipelineRecording) {
        String name = pipelineRecording.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String http = dot > 0 ? name.substring(0, dot) + "-http" + name.substring(dot) : name + "-http";
        return pipelineRecording.resolveSibling(http);
    }

    private ConfigSource settings(String bootstrap, String prefix, Path stateDir) {
        Map<String, String> s = new LinkedHashMap<>();
        // Security and other client settings pass through to every client, as for the services.
        environment.forEach((k, v) -> {
            if (k.startsWith("KAFKA_")) {
                s.put(k, v);
            }
        });
        s.put(KafkaClientConfig.BOOTSTRAP_KEY, bootstrap);
        s.put("NEWSDESK_TOPIC_PREFIX", prefix);
        s.put("NEWSDESK_TOPIC_PARTITIONS", Integer.toString(options.partitions()));
        s.put("NEWSDESK_COMMIT_INTERVAL_MS", Long.toString(options.commitIntervalMs()));
        s.put("NEWSDESK_STATE_DIR", stateDir.resolve(prefix).toString());
        s.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        s.put("NEWSDESK_INGEST_PORT", "0");
        s.put("NEWSDESK_PUBLISH_PORT", "0");
        s.put("NEWSDESK_ENRICH_PORT", "0");
        s.put("NEWSDESK_ENRICH_APPLICATION_ID", prefix + "enrich");
        s.put("NEWSDESK_PUBLISH_APPLICATION_ID", prefix + "publish");
        return ConfigSource.of(s);
    }

    private Map<String, Object> readerProperties(String bootstrap, String systemName) {
        Map<String, Object> p = new LinkedHashMap<>(KafkaClientConfig.from(ConfigSource.of(environment)
                .with(Map.of(KafkaClientConfig.BOOTSTRAP_KEY, bootstrap))).common());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-reader-" + systemName);
        // Only committed transactions are published; reading uncommitted would time a record that may yet abort.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return p;
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return m;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete the state directory {}", root, e);
        }
    }
}
