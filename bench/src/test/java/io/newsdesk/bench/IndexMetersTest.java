package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndexMetersTest {
    private static final String SCRAPE = """
            # HELP newsdesk_read_model_merges_total read model index merges finished
            # TYPE newsdesk_read_model_merges_total counter
            newsdesk_read_model_merges_total{service="publish"} 12.0
            newsdesk_read_model_merges_running{service="publish"} 1.0
            # TYPE newsdesk_read_model_merge_cpu_seconds_total counter
            newsdesk_read_model_merge_cpu_seconds_total{service="publish"} 3.25
            newsdesk_read_model_segments{service="publish"} 18.0
            newsdesk_read_model_segments_other 99.0
            """;

    @Test
    void readsTheIndexSamplesOutOfAScrapeByTheirWholeName() {
        assertEquals(new IndexMeters(18, 12, 3.25), IndexMeters.parse(SCRAPE));
    }

    @Test
    void aScrapeWithoutTheMetersIsAnErrorNotZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexMeters.parse("jvm_threads_live_threads 40.0\n"));
        assertEquals("the scrape has no newsdesk_read_model_segments", e.getMessage());
    }

    @Test
    void describesWhatHappenedBetweenTwoScrapes() {
        assertEquals("3 merges, 1.5 s of merge CPU; segments 20 -> 18",
                new IndexMeters(18, 15, 4.75).since(new IndexMeters(20, 12, 3.25)));
    }
}
