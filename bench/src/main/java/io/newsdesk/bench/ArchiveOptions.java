package io.newsdesk.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one {@code ./newsdesk bench --archive N} run does, parsed by the pure {@link #parse}.
 *
 * @param articles   articles written to {@code articles.published} (the archive)
 * @param readers    concurrent readers during each latency phase, each waiting for its answer before the next
 * @param duration   how long each kind of page is measured (after warm-up rounds of a fifth of it, until the read
 *                   side's JIT compilers are quiet: {@link JitSettling})
 * @param heap       the read side's {@code -Xmx}
 * @param dataDir    where the broker's log and the read side's index and state go (the archive needs
 *                   about 15 GB per million articles)
 * @param keep       leave the data in place at the end (to look at it, or to run the read phases again)
 * @param seed       seed of the article generator
 * @param reuse      {@code dataDir} holds the archive of an earlier run with {@code keep}: neither write it nor
 *                   build a fresh index, but restart the read side on that index and measure the reads (so a
 *                   change can be measured before and after on the same archive, in minutes)
 * @param profile    where to write a Java Flight Recording of the read side that serves the reads, or null
 */
public record ArchiveOptions(int articles, int readers, Duration duration, String heap, Path dataDir, boolean keep, long seed,
                             boolean reuse, Path profile) {
    public static final String USAGE = """
            usage: newsdesk bench --archive N [options]
              Writes N published articles (generated 1-10 KB bodies) straight to articles.published on an embedded
              broker, then runs publish (the read side) in its own JVM: prints the heap after loading, the disk used,
              the time to /ready for a fresh instance (builds its index from offset 0) and for a restart of it, and
              p50/p99 latency of article pages, home, deep pages, topic pages, feeds and search at concurrent readers.
            options:
              --archive N       articles in the archive (required)
              --readers N       concurrent readers, each waiting for its answer (default 50)
              --duration D      measurement per kind of page, e.g. 20s (default 20s; warm-up rounds of a fifth of it first)
              --heap SIZE       the read side's -Xmx (default 512m)
              --data DIR        where the broker log, index and state go (default ./bench-archive-data)
              --keep            leave DIR in place at the end
              --seed S          article generator seed (default 42)
              --reuse           DIR holds the archive a run with --keep left (same N and seed): skip writing it and
                                the fresh instance, restart the read side on its index and measure the reads
                                (implies --keep)
              --profile FILE    record the read side that serves the reads with Java Flight Recorder (the JDK's
                                profile settings) into FILE
            """;

    public ArchiveOptions {
        if (!heap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("--heap must be a size such as 512m, was " + heap);
        }
    }

    /** Whether the command line asks for the archive benchmark rather than the pipeline benchmark. */
    public static boolean requested(String... args) {
        for (String arg : args) {
            if (arg.equals("--archive") || arg.startsWith("--archive=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @throws IllegalArgumentException naming the option and what is wrong with it
     * @throws BenchOptions.HelpRequested for {@code --help}
     */
    public static ArchiveOptions parse(String... args) {
        // "--archive --help" asks for help, not for an archive of "--help" articles.
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            throw new BenchOptions.HelpRequested();
        }
        Integer articles = null;
        int readers = 50;
        Duration duration = Duration.ofSeconds(20);
        String heap = "512m";
        Path dataDir = Path.of("bench-archive-data");
        boolean keep = false;
        long seed = 42;
        boolean reuse = false;
        Path profile = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            switch (option) {
                case "--help", "-h" -> throw new BenchOptions.HelpRequested();
                case "--keep" -> keep = true;
                case "--reuse" -> reuse = true;
                case "--archive", "--readers", "--duration", "--heap", "--data", "--seed", "--profile" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(option + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (option) {
                        case "--archive" -> articles = BenchOptions.intAtLeast(option, value, 100);
                        case "--readers" -> readers = BenchOptions.intAtLeast(option, value, 1);
                        case "--duration" -> duration = BenchOptions.positiveDuration(option, value);
                        case "--heap" -> heap = value.strip();
                        case "--data" -> dataDir = Path.of(value);
                        case "--seed" -> seed = BenchOptions.longValue(option, value);
                        case "--profile" -> profile = Path.of(value);
                        default -> throw new IllegalStateException(option);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --archive --help)");
            }
        }
        if (articles == null) {
            throw new IllegalArgumentException("--archive needs the number of articles, e.g. --archive 100000");
        }
        // A reused archive is what the next run reuses too: never deleted by one.
        return new ArchiveOptions(articles, readers, duration, heap, dataDir, keep || reuse, seed, reuse, profile);
    }
}
