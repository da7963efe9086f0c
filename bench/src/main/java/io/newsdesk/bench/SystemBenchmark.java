package io.newsdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phases run against one system: warm-up, throughput (every article offered at once, as fast as
 * the system takes them) and latency (articles offered at a fixed rate on a schedule).
 *
 * <p>Latency is measured from the moment an article was <em>due</em> to be submitted, not from when a
 * submitting thread got round to it: a system that falls behind its schedule shows that as latency
 * instead of hiding it (no coordinated omission). It ends when the published record reaches the reader.
 */
public final class SystemBenchmark implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBenchmark.class);

    private final SystemUnderTest system;
    private final PublishedReader reader;
    private final ArticlePool pool;
    private final BenchOptions options;
    private final ExecutorService submitters;
    private final LongAdder failures = new LongAdder();
    private final ResourceMeter heap;

    private ThroughputOutcome throughput;
    private LatencyOutcome latency;
    private LatencyOutcome newsroomLatency;
    private int warmupRounds;

    record ThroughputOutcome(int articles, int missing, double articlesPerSec, double cpuSecondsPer1000,
                             long jitMillis, List<ThreadCpu.Group> cpuByThread) {
    }

    record LatencyOutcome(double offeredRate, double achievedRate, int missing, LatencySummary latency) {
    }

    public SystemBenchmark(SystemUnderTest system, PublishedReader reader, ArticlePool pool, BenchOptions options) {
        this.system = system;
        this.reader = reader;
        this.pool = pool;
        this.options = options;
        AtomicInteger n = new AtomicInteger();
        this.submitters = new ThreadPoolExecutor(system.submitThreads(), system.submitThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "bench-submitter-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        System.gc();
        this.heap = ResourceMeter.start();
    }

    /**
     * Rounds of {@code options.warmupArticles()} articles, until two rounds in a row gained no more than a
     * tenth on the fastest before them ({@link WarmupSettling}) or {@code options.warmupRounds()} rounds have run.
     */
    public void warmUp() {
        if (options.warmupArticles() == 0) {
            return;
        }
        WarmupSettling settling = new WarmupSettling();
        int offered = 0;
        for (int round = 1; round <= options.warmupRounds(); round++) {
            long compileAtStart = WarmupSettling.compileMillisSoFar();
            long start = System.nanoTime();
            LatencyRecorder discarded = new LatencyRecorder();
            reader.beginPhase(discarded);
            for (int i = 0; i < options.warmupArticles(); i++) {
                offerNow(pool.article(system.name() + "-warmup", offered++));
            }
            boolean drained = reader.awaitDrained(options.drainTimeout());
            int missing = drained ? 0 : reader.abandonPending();
            long roundMillis = (System.nanoTime() - start) / 1_000_000;
            warmupRounds = round;
            LOG.info("{}: warm-up round {} of {} articles done in {} ms (JIT compiling {} ms){}", system.name(), round,
                    options.warmupArticles(), roundMillis, WarmupSettling.compileMillisSoFar() - compileAtStart,
                    missing == 0 ? "" : ", " + missing + " never published");
            if (settling.roundDone(roundMillis)) {
                break;
            }
        }
    }

    /** Offers {@code options.articles()} articles at once and times them until the last is published. */
    public ThroughputOutcome measureThroughput() {
        LatencyRecorder seen = new LatencyRecorder();
        reader.beginPhase(seen);
        ThreadCpu threads = ThreadCpu.start();
        ResourceMeter cpu = ResourceMeter.start();
        long compileAtStart = WarmupSettling.compileMillisSoFar();
        long start = System.nanoTime();
        for (int i = 0; i < options.articles(); i++) {
            offerNow(pool.article(system.name() + "-throughput", i));
        }
        boolean drained = reader.awaitDrained(options.drainTimeout());
        double cpuSeconds = cpu.cpuSeconds();
        List<ThreadCpu.Group> byThread = threads.since(0.05, cpuSeconds);
        int published = seen.size();
        int missing = drained ? 0 : reader.abandonPending();
        double seconds = (reader.lastSeenNanos() - start) / 1e9;
        double rate = published == 0 ? Double.NaN : published / seconds;
        throughput = new ThroughputOutcome(published, missing, rate, cpuSeconds * 1000.0 / Math.max(1, published),
                compileAtStart < 0 ? -1 : WarmupSettling.compileMillisSoFar() - compileAtStart, byThread);
        LOG.info("{}: {} articles published in {} s = {} articles/s{}", system.name(), published,
                String.format("%.2f", seconds), String.format("%.1f", rate),
                missing == 0 ? "" : " (" + missing + " NOT published within " + options.drainTimeout() + ")");
        return throughput;
    }

    /** Offers articles at {@code rate} per second for the configured duration and measures their latency. */
    public LatencyOutcome measureLatency(double rate) {
        latency = latencyPhase("latency", rate, options.latencyDuration());
        return latency;
    }

    /**
     * The light latency phase at {@code options.newsroomRate()}, half as long as the fixed-load one: the
     * latency of a system working well within its capacity, as a newsroom's would.
     */
    public LatencyOutcome measureNewsroomLatency() {
        newsroomLatency = latencyPhase("newsroom", options.newsroomRate(), options.latencyDuration().dividedBy(2));
        return newsroomLatency;
    }

    private LatencyOutcome latencyPhase(String phase, double rate, Duration duration) {
        LatencyRecorder latencies = new LatencyRecorder();
        reader.beginPhase(latencies);
        int count = Math.max(1, (int) Math.round(rate * duration.toMillis() / 1000.0));
        double interval = 1e9 / rate;
        AtomicLong lastSubmitted = new AtomicLong();
        long start = System.nanoTime() + 20_000_000;
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * interval);
            Waiting.untilNanos(due);
            GeneratedArticle article = pool.article(system.name() + "-" + phase, i);
            String articleId = article.articleId(system.source());
            reader.expect(articleId, due);
            submitters.execute(() -> {
                submit(article, articleId);
                lastSubmitted.accumulateAndGet(System.nanoTime(), Math::max);
            });
        }
        boolean drained = reader.awaitDrained(options.drainTimeout());
        int missing = drained ? 0 : reader.abandonPending();
        double achieved = count / ((lastSubmitted.get() - start) / 1e9 + interval / 1e9);
        LatencyOutcome outcome = new LatencyOutcome(rate, achieved, missing, latencies.percentiles().summaryMillis());
        LOG.info("{}: {} phase, {} articles offered at {}/s (submitted at {}/s): p50 {} ms, p99 {} ms, max {} ms{}",
                system.name(), phase, count, String.format("%.1f", rate), String.format("%.1f", achieved),
                String.format("%.1f", outcome.latency().p50Ms()), String.format("%.1f", outcome.latency().p99Ms()),
                String.format("%.1f", outcome.latency().maxMs()),
                missing == 0 ? "" : " (" + missing + " NOT published within " + options.drainTimeout() + ")");
        return outcome;
    }

    public SystemResult result() {
        if (throughput == null || latency == null) {
            throw new IllegalStateException("both phases must run before the result is read");
        }
        if (reader.invalidRecords() > 0) {
            throw new IllegalStateException(system.name() + " published " + reader.invalidRecords()
                    + " records that are not the articles submitted, first: " + reader.firstInvalid());
        }
        return new SystemResult(system.name(), throughput.articles(), throughput.missing(), throughput.articlesPerSec(),
                throughput.cpuSecondsPer1000(), warmupRounds, throughput.jitMillis(), heap.peakHeapBytes(),
                latency.offeredRate(), latency.achievedRate(),
                latency.missing(), latency.latency(),
                newsroomLatency == null ? 0 : newsroomLatency.offeredRate(),
                newsroomLatency == null ? LatencySummary.EMPTY : newsroomLatency.latency(),
                reader.averageValueBytes(), failures.sum(), throughput.cpuByThread());
    }

    private void offerNow(GeneratedArticle article) {
        String articleId = article.articleId(system.source());
        // Expected before it is queued, so that a drain wait can never find the queue not yet started.
        reader.expect(articleId, System.nanoTime());
        submitters.execute(() -> submit(article, articleId));
    }

    private void submit(GeneratedArticle article, String articleId) {
        Runnable onFailure = () -> {
            failures.increment();
            reader.forget(articleId);
        };
        try {
            system.submit(article, onFailure);
        } catch (Exception e) {
            onFailure.run();
            // The first few say why; one line per failure would drown the table.
            if (failures.sum() <= 3) {
                LOG.warn("{}: submission of {} failed", system.name(), articleId, e);
            }
        }
    }

    @Override
    public void close() {
        submitters.shutdownNow();
    }
}
