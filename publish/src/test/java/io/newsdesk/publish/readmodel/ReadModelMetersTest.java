package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees of the read model index on {@code /metrics}: its segments, its disk and its merges. */
class ReadModelMetersTest {
    private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void segmentsDiskAndMergesAreReadFromTheIndexAtEachScrape() throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (ArticleIndex index = ArticleIndex.open(dir, "articles.published", Clock.systemUTC())) {
            new ReadModelMeters(index).bindTo(registry);
            assertEquals(0, gauge(registry, ReadModelMeters.SEGMENTS), "a new index has no segments");
            assertEquals(0, counter(registry, ReadModelMeters.MERGES));

            // Sixteen refreshes, a segment each: with four segments of a size merged at once, merges are due.
            int n = 0;
            for (int batch = 0; batch < 16; batch++) {
                for (int i = 0; i < 10; i++, n++) {
                    String id = "a" + n;
                    index.apply(id, article(id).firstPublished(START.plus(Duration.ofHours(n))).build(), null);
                }
                index.refresh();
            }
            index.awaitMerges();
            index.refresh();

            long merges = index.merges().finished();
            int segments = index.segments();
            assertTrue(merges >= 4, "merges finished: " + merges);
            assertTrue(segments < 16, "segments after merging: " + segments);
            assertEquals(segments, gauge(registry, ReadModelMeters.SEGMENTS));
            assertEquals(merges, counter(registry, ReadModelMeters.MERGES));
            assertTrue(counter(registry, ReadModelMeters.MERGED_BYTES) > 0);
            assertTrue(counter(registry, ReadModelMeters.MERGE_CPU) > 0, "merges take CPU");
            assertEquals(0, gauge(registry, ReadModelMeters.MERGES_RUNNING));
            assertEquals(filesBytes(), gauge(registry, ReadModelMeters.DISK_BYTES));

            // The names a dashboard queries.
            String scrape = registry.scrape();
            for (String name : new String[] {"newsdesk_read_model_segments ", "newsdesk_read_model_disk_bytes ",
                    "newsdesk_read_model_merges_total ", "newsdesk_read_model_merged_bytes_total ",
                    "newsdesk_read_model_merge_cpu_seconds_total ", "newsdesk_read_model_merges_running "}) {
                assertTrue(scrape.contains("\n" + name), name + " missing from:\n" + scrape);
            }
        }
    }

    private static double gauge(PrometheusMeterRegistry registry, String name) {
        return registry.get(name).gauge().value();
    }

    private static double counter(PrometheusMeterRegistry registry, String name) {
        return registry.get(name).functionCounter().count();
    }

    private double filesBytes() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
