package io.newsdesk.bench;

import io.newsdesk.broker.EmbeddedBrokerConfig;
import io.newsdesk.broker.EmbeddedKafkaBroker;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.readmodel.Cursor;
import io.newsdesk.publish.readmodel.PageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./newsdesk bench --archive N}: how the read side holds a newsroom's archive. Writes N published
 * articles to {@code articles.published} on an embedded broker, starts publish in its own JVM with a fixed
 * heap on an empty index (a fresh instance, which builds it from offset 0), measures its heap after a full
 * collection, the disk used and the latency of each kind of page at concurrent readers, then restarts it on
 * the index it built (an existing instance) and measures the time to {@code /ready} again.
 */
public final class ArchiveBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveBenchmark.class);
    private static final String PREFIX = "archive.";
    private static final int PARTITIONS = 6;
    /** Words the generated stories use, two of which make a reader's search. */
    private static final List<String> SEARCH_WORDS = List.of("council", "police", "court", "budget", "school", "hospital",
            "jury", "mayor", "fire", "storm", "students", "board", "sheriff", "contract", "patients", "sentence", "vote",
            "company", "weather", "officials", "investigation", "county", "state", "river");

    private final ArchiveOptions options;

    public ArchiveBenchmark(ArchiveOptions options) {
        this.options = options;
    }

    /** The report, as printed. */
    public String run() throws Exception {
        Path data = options.dataDir().toAbsolutePath();
        if (!options.reuse() && Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(data + " is not empty: remove it, choose another --data, or --reuse it");
                }
            }
        }
        ArchiveManifest reused = options.reuse() ? ArchiveManifest.readFrom(data, options) : null;
        Files.createDirectories(data);
        Topics topics = Topics.withPrefix(PREFIX);
        String topic = topics.published().name();
        ArchiveReport report = new ArchiveReport(options);
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(EmbeddedBrokerConfig.inDirectory(data.resolve("kafka"))).start()) {
            String bootstrap = broker.bootstrapServers();
            ArchiveManifest manifest = reused;
            if (manifest == null) {
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                    TopicSpec spec = topics.specs().stream().filter(s -> s.name().equals(topic)).findFirst().orElseThrow();
                    TopicAdmin.ensure(admin, List.of(spec), PARTITIONS, Replication.SINGLE_BROKER);
                }
                Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                LOG.info("archive: writing {} articles to {}", options.articles(), topic);
                ArchiveWriter.Loaded loaded = ArchiveWriter.write(bootstrap, topic,
                        new ArchiveArticles(options.seed(), options.articles(), end), options.articles());
                report.loaded(loaded);
                manifest = new ArchiveManifest(options.articles(), options.seed(), end, loaded.meanRecordBytes(), options.articles());
                manifest.writeTo(data);
            } else {
                report.reused(manifest.meanRecordBytes());
            }
            ArchiveArticles articles = new ArchiveArticles(options.seed(), options.articles(), manifest.end());

            Map<String, String> environment = environment(bootstrap, data);
            Path log = data.resolve("read-side.log");
            Duration readyTimeout = Duration.ofMinutes(10).plusMillis(options.articles() * 10L);
            if (reused == null) {
                try (ReadSideProcess fresh = ReadSideProcess.start(options.heap(), environment, log, options.profile())) {
                    LOG.info("archive: fresh read side (pid {}) is building its index from offset 0", fresh.pid());
                    report.freshReady(fresh.awaitCaughtUpAndReady(readyTimeout), fresh.followerCatchUp());
                    report.heapLoaded(fresh.heapAfterGc(), fresh.residentBytes());
                    report.disk(size(data.resolve("kafka"), topic), size(data.resolve("index"), null));
                    manifest = reads(fresh, bootstrap, topic, articles, manifest, report);
                }
                try (ReadSideProcess existing = ReadSideProcess.start(options.heap(), environment, log, null)) {
                    LOG.info("archive: restarting the read side on its index");
                    report.restartReady(existing.awaitCaughtUpAndReady(readyTimeout), existing.followerCatchUp());
                    report.heapRestarted(existing.heapAfterGc());
                }
            } else {
                // The archive and its index are there already: the instance that serves the reads is an
                // existing one, restarted on its index.
                try (ReadSideProcess existing = ReadSideProcess.start(options.heap(), environment, log, options.profile())) {
                    LOG.info("archive: restarting the read side (pid {}) on the index of {}", existing.pid(), data);
                    report.restartReady(existing.awaitCaughtUpAndReady(readyTimeout), existing.followerCatchUp());
                    report.heapRestarted(existing.heapAfterGc());
                    report.disk(size(data.resolve("kafka"), topic), size(data.resolve("index"), null));
                    manifest = reads(existing, bootstrap, topic, articles, manifest, report);
                }
            }
            manifest.writeTo(data);
        } finally {
            if (!options.keep()) {
                BenchRun.deleteTree(data);
            }
        }
        return report.render();
    }

    /** Each kind of page at the readers while a newsroom publishes; the manifest with what it published. */
    private ArchiveManifest reads(ReadSideProcess readSide, String bootstrap, String topic, ArchiveArticles articles,
                                  ArchiveManifest manifest, ArchiveReport report) throws Exception {
        int published;
        // The newsroom goes on publishing while people read: every new article changes the home
        // page and the feeds, so nothing is served from a render older than its refresh.
        try (ReaderLoad readers = new ReaderLoad(readSide.port(), options.readers(), readSide::cpuNanos,
                readSide::jitCpuNanos);
             ArchiveWriter.Newsroom newsroom = ArchiveWriter.newsroom(bootstrap, topic, articles, manifest.next())) {
            Map<String, Supplier<String>> kinds = pageKinds(articles);
            IndexMeters before = readSide.indexMeters();
            LOG.info("archive: warming up the read side on every kind of page");
            readers.warmUp(kinds.values(), options.duration().dividedBy(10));
            for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
                LOG.info("archive: {} at {} readers", kind.getKey(), options.readers());
                report.pages(readers.run(kind.getKey(), kind.getValue(), options.duration()));
            }
            published = newsroom.published();
            report.indexDuringReads(readSide.indexMeters().since(before));
        }
        report.publishedDuringReads(published);
        report.heapAfterReads(readSide.heapAfterGc());
        return manifest.publishedMore(published);
    }

    private static Map<String, String> environment(String bootstrap, Path data) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("NEWSDESK_TOPIC_PREFIX", PREFIX);
        env.put("NEWSDESK_TOPIC_PARTITIONS", Integer.toString(PARTITIONS));
        env.put("NEWSDESK_PUBLISH_APPLICATION_ID", PREFIX + "publish");
        env.put("NEWSDESK_STATE_DIR", data.resolve("state").toString());
        env.put("NEWSDESK_PUBLISH_INDEX_DIR", data.resolve("index").toString());
        env.put("NEWSDESK_BASE_URL", "http://localhost");
        return env;
    }

    /** Each kind of page the readers ask for, with where each next request goes. */
    private Map<String, Supplier<String>> pageKinds(ArchiveArticles articles) {
        int n = options.articles();
        int maxCountedPage = Math.min(PageRequest.MAX_COUNTED_OFFSET / 20 + 1, Math.max(2, n / 20));
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("article page", () -> "/articles/" + ArchiveArticles.slug(random(n)));
        kinds.put("home", () -> "/");
        kinds.put("home page 2-" + maxCountedPage + " by number", () -> "/?page=" + (2 + random(maxCountedPage - 1)));
        kinds.put("deep page by cursor", () -> {
            // Any article but the oldest page's: there is always a page after it.
            int i = 20 + random(Math.max(1, n - 20));
            return "/?page=2&after=" + Cursor.of(articles.firstPublished(i), ArchiveArticles.articleId(i)).token();
        });
        kinds.put("topic page", () -> "/topics/" + ArchiveArticles.TOPICS.get(random(ArchiveArticles.TOPICS.size())).getCode());
        List<String> feeds = new ArrayList<>(List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"));
        ArchiveArticles.TOPICS.forEach(t -> feeds.add("/topics/" + t.getCode() + "/feeds/rss.xml"));
        kinds.put("feeds (site and topic)", () -> feeds.get(random(feeds.size())));
        kinds.put("search page", () -> "/search?q=" + words());
        kinds.put("search API (ninjs)", () -> "/v1/search?q=" + words());
        // What a search costs when a client asks for every result's bodies as well (three times the bytes).
        kinds.put("search API, whole items", () -> "/v1/search?q=" + words() + "&representation=full");
        return kinds;
    }

    private static String words() {
        return SEARCH_WORDS.get(random(SEARCH_WORDS.size())) + "+" + SEARCH_WORDS.get(random(SEARCH_WORDS.size()));
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /**
     * Bytes under {@code root}; with a topic name, only the record logs of that topic's partitions (its
     * offset and time index files are preallocated at 10 MB each and would only measure the partition count).
     */
    private static long size(Path root, String topic) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> topic == null || (f.getParent().getFileName().toString().startsWith(topic + "-")
                            && f.getFileName().toString().endsWith(".log")))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + root, e);
        }
    }
}
