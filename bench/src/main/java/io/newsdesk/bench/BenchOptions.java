package io.newsdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@code ./newsdesk bench} run does, parsed from its command line by the pure {@link #parse}.
 * The defaults make a run of about three minutes on two cores.
 *
 * @param articles          articles offered as fast as possible in each throughput phase
 * @param warmupArticles    articles per warm-up round: each system gets rounds of them before it is
 *                          measured (JIT, connections, first transactions), not counted
 * @param warmupRounds      at most this many warm-up rounds; warm-up ends earlier, once two rounds in a
 *                          row gained no more than a tenth on the fastest before ({@link WarmupSettling})
 * @param latencyDuration   how long each latency phase offers articles at the fixed rate
 * @param load              the fixed rate of both latency phases as a fraction of the baseline's throughput
 * @param fixedRate         articles/s for both latency phases; overrides {@code load} when present
 * @param newsroomRate      articles/s of a second, light latency phase for both systems (0: none): the
 *                          latency a newsroom sees at a load both systems carry, since the fixed load of
 *                          half the baseline's throughput may be above the pipeline's capacity
 * @param partitions        partitions of every topic, as {@code NEWSDESK_TOPIC_PARTITIONS}
 * @param commitIntervalMs  Streams commit interval (the exactly-once transaction length) of both systems
 * @param submitters        threads calling ingest's intake concurrently, as ingest's HTTP threads would
 * @param drainTimeout      how long a phase waits for its last article to be published before giving up
 * @param skipHttp          leave out the HTTP door measurement
 * @param httpClients       requests in flight against ingest's HTTP door
 * @param httpDuration      how long the HTTP door is measured (after a warm-up of a fifth of it)
 * @param seed              seed of the article generator
 * @param out               where bench-results.json is written
 * @param jfr               when present, a flight recording of the pipeline phases is written here and
 *                          summarised at the end
 */
public record BenchOptions(
        int articles,
        int warmupArticles,
        int warmupRounds,
        Duration latencyDuration,
        double load,
        Optional<Double> fixedRate,
        double newsroomRate,
        int partitions,
        long commitIntervalMs,
        int submitters,
        Duration drainTimeout,
        boolean skipHttp,
        int httpClients,
        Duration httpDuration,
        long seed,
        Path out,
        Optional<Path> jfr) {

    public static final String USAGE = """
            usage: newsdesk bench [options]
              Runs a pass-through Kafka Streams baseline and the Newsdesk pipeline (ingest, enrich, publish) on
              the same generated articles, then ingest's HTTP door; prints a table, writes bench-results.json.
              Uses the embedded broker unless KAFKA_BOOTSTRAP_SERVERS is set.
            options:
              --articles N            articles per throughput phase (default 3000)
              --warmup N              articles per warm-up round, not measured (default 1500)
              --warmup-rounds N       at most N warm-up rounds per system; warm-up stops once two rounds
                                      in a row were no more than 10% faster than the best (default 12)
              --duration D            length of each fixed-load latency phase, e.g. 20s, 1m (default 20s)
              --load F                fixed load as a fraction of the baseline's throughput (default 0.5)
              --rate R                fixed load in articles/s; overrides --load
              --newsroom-rate R       articles/s of a second, light latency phase for both systems, 0 for
                                      none (default 50)
              --partitions P          partitions per topic (default 6)
              --commit-interval-ms M  Streams commit interval of both systems (default 100)
              --submitters N          threads submitting to ingest's intake (default 64)
              --drain-timeout D       wait at most this long for a phase's last article (default 120s)
              --http-clients N        concurrent requests against the HTTP door (default 64)
              --http-duration D       length of the HTTP door measurement (default 15s)
              --skip-http             do not measure the HTTP door
              --seed S                article generator seed (default 42)
              --out FILE              results file (default bench-results.json)
              --jfr FILE              record the pipeline phases with Java Flight Recorder and summarise it
              --help                  this text
            newsdesk bench --archive N [options]: the read side holding an archive of N articles (--archive --help)
            """;

    public static BenchOptions defaults() {
        return new BenchOptions(3000, 1500, 12, Duration.ofSeconds(20), 0.5, Optional.empty(), 50, 6, 100, 64,
                Duration.ofSeconds(120), false, 64, Duration.ofSeconds(15), 42, Path.of("bench-results.json"),
                Optional.empty());
    }

    /**
     * @throws IllegalArgumentException naming the option and what is wrong with it
     * @throws HelpRequested            for {@code --help}
     */
    public static BenchOptions parse(String... args) {
        BenchOptions o = defaults();
        int articles = o.articles;
        int warmup = o.warmupArticles;
        int warmupRounds = o.warmupRounds;
        Duration duration = o.latencyDuration;
        double load = o.load;
        Optional<Double> rate = o.fixedRate;
        double newsroomRate = o.newsroomRate;
        int partitions = o.partitions;
        long commitInterval = o.commitIntervalMs;
        int submitters = o.submitters;
        Duration drain = o.drainTimeout;
        boolean skipHttp = o.skipHttp;
        int httpClients = o.httpClients;
        Duration httpDuration = o.httpDuration;
        long seed = o.seed;
        Path out = o.out;
        Optional<Path> jfr = o.jfr;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            switch (option) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--skip-http" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("--skip-http takes no value");
                    }
                    skipHttp = true;
                }
                case "--articles", "--warmup", "--warmup-rounds", "--duration", "--load", "--rate", "--newsroom-rate",
                     "--partitions", "--commit-interval-ms", "--submitters", "--drain-timeout", "--http-clients", "--http-duration", "--seed", "--out", "--jfr" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(option + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (option) {
                        case "--articles" -> articles = intAtLeast(option, value, 1);
                        case "--warmup" -> warmup = intAtLeast(option, value, 0);
                        case "--warmup-rounds" -> warmupRounds = intAtLeast(option, value, 1);
                        case "--duration" -> duration = positiveDuration(option, value);
                        case "--load" -> {
                            load = number(option, value);
                            if (!(load > 0 && load <= 1)) {
                                throw new IllegalArgumentException(option + " must be in (0, 1], was " + value);
                            }
                        }
                        case "--rate" -> {
                            double r = number(option, value);
                            if (!(r > 0)) {
                                throw new IllegalArgumentException(option + " must be positive, was " + value);
                            }
                            rate = Optional.of(r);
                        }
                        case "--newsroom-rate" -> {
                            newsroomRate = number(option, value);
                            if (!(newsroomRate >= 0) || Double.isInfinite(newsroomRate)) {
                                throw new IllegalArgumentException(option + " must be 0 or positive, was " + value);
                            }
                        }
                        case "--partitions" -> partitions = intAtLeast(option, value, 1);
                        case "--commit-interval-ms" -> commitInterval = intAtLeast(option, value, 1);
                        case "--submitters" -> submitters = intAtLeast(option, value, 1);
                        case "--drain-timeout" -> drain = positiveDuration(option, value);
                        case "--http-clients" -> httpClients = intAtLeast(option, value, 1);
                        case "--http-duration" -> httpDuration = positiveDuration(option, value);
                        case "--seed" -> seed = longValue(option, value);
                        case "--out" -> out = Path.of(value);
                        case "--jfr" -> jfr = Optional.of(Path.of(value));
                        default -> throw new IllegalStateException(option);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
        }
        return new BenchOptions(articles, warmup, warmupRounds, duration, load, rate, newsroomRate, partitions,
                commitInterval, submitters, drain, skipHttp, httpClients, httpDuration, seed, out, jfr);
    }

    /** The parameters as they go into bench-results.json. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("warmupArticles", warmupArticles);
        m.put("warmupRounds", warmupRounds);
        m.put("latencyDurationSeconds", latencyDuration.toMillis() / 1000.0);
        m.put("load", load);
        m.put("fixedRate", fixedRate.orElse(null));
        m.put("newsroomRate", newsroomRate);
        m.put("partitions", partitions);
        m.put("commitIntervalMs", commitIntervalMs);
        m.put("submitters", submitters);
        m.put("drainTimeoutSeconds", drainTimeout.toMillis() / 1000.0);
        m.put("skipHttp", skipHttp);
        m.put("httpClients", httpClients);
        m.put("httpDurationSeconds", httpDuration.toMillis() / 1000.0);
        m.put("seed", seed);
        return m;
    }

    /** "20s", "1m", "500ms", "2m30s" or a plain number of seconds. */
    static Duration duration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d+(\\.\\d+)?")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
        }
        if (!s.matches("(\\d+(ms|h|m|s))+")) {
            throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 20s, 1m, 500ms)");
        }
        Duration total = Duration.ZERO;
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|h|m|s)").matcher(s);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
        }
        return total;
    }

    static Duration positiveDuration(String option, String value) {
        Duration d;
        try {
            d = duration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
        return d;
    }

    static int intAtLeast(String option, String value, int min) {
        long v = longValue(option, value);
        if (v < min || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be a whole number of at least " + min + ", was " + value);
        }
        return (int) v;
    }

    static long longValue(String option, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was " + value);
        }
    }

    /** Thrown by {@link #parse} for {@code --help}: the caller prints {@link #USAGE} and exits normally. */
    public static final class HelpRequested extends RuntimeException {
        public HelpRequested() {
            super("help requested", null, false, false);
        }
    }
}
