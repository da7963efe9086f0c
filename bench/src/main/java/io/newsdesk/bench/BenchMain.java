package io.newsdesk.bench;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./newsdesk bench} (or {@code java -jar bench/target/bench-0.1.0-SNAPSHOT.jar}): parses the
 * options, runs {@link BenchRun}, prints the table and writes {@code bench-results.json}. Exit code 0
 * after a complete run, 2 for bad options, 1 when the run failed.
 */
public final class BenchMain {
    private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);

    private BenchMain() {
    }

    public static void main(String[] args) {
        if (ArchiveOptions.requested(args)) {
            archive(args);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.HelpRequested e) {
            System.out.print(BenchOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("newsdesk bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            BenchRun.Outcome outcome = new BenchRun(options, System.getenv()).run();
            System.out.println();
            System.out.print(ResultsTable.render(outcome.results()));
            outcome.profile().ifPresent(p -> System.out.print("\n" + p));
            Path out = options.out();
            ResultsJson.write(outcome.results(), out);
            System.out.println("\nresults written to " + out.toAbsolutePath());
            // Kafka's and the JDK HttpClient's threads may linger for seconds after close; the run is over.
            System.exit(0);
        } catch (Exception e) {
            LOG.error("benchmark failed", e);
            System.exit(1);
        }
    }

    /** {@code --archive N}: the read side holding a newsroom's archive ({@link ArchiveBenchmark}). */
    private static void archive(String[] args) {
        ArchiveOptions options;
        try {
            options = ArchiveOptions.parse(args);
        } catch (BenchOptions.HelpRequested e) {
            System.out.print(ArchiveOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("newsdesk bench: " + e.getMessage());
            System.err.print(ArchiveOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.out.print(new ArchiveBenchmark(options).run());
            System.exit(0);
        } catch (Exception e) {
            LOG.error("archive benchmark failed", e);
            System.exit(1);
        }
    }
}
