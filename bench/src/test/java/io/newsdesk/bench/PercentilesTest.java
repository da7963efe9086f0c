package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredIsTheRankItself() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = Percentiles.of(values);
        assertEquals(50, p.value(50));
        assertEquals(95, p.value(95));
        assertEquals(99, p.value(99));
        assertEquals(100, p.max());
        assertEquals(1, p.min());
        assertEquals(1, p.value(0.5));
        assertEquals(50.5, p.mean(), 1e-9);
    }

    @Test
    void aSingleOutlierIsTheMaximumButNotTheP99OfAThousand() {
        long[] values = new long[1000];
        java.util.Arrays.fill(values, 10);
        values[417] = 5_000;
        Percentiles p = Percentiles.of(values);
        assertEquals(10, p.value(99));
        assertEquals(10, p.value(99.9));
        assertEquals(5_000, p.max());
    }

    @Test
    void percentilesBetweenRanksRoundUpToTheNextSample() {
        Percentiles p = Percentiles.of(new long[] {7, 1, 3});
        // ceil(0.5 * 3) = 2nd smallest; ceil(0.99 * 3) = 3rd
        assertEquals(3, p.value(50));
        assertEquals(7, p.value(99));
        assertEquals(1, p.value(33));
        assertEquals(3, p.value(34));
    }

    @Test
    void agreesWithSortingForRandomSamples() {
        Random random = new Random(5);
        long[] values = new long[12_345];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(1_000_000);
        }
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        Percentiles p = Percentiles.of(values);
        assertEquals(sorted[(int) Math.ceil(0.99 * values.length) - 1], p.value(99));
        assertEquals(sorted[(int) Math.ceil(0.5 * values.length) - 1], p.value(50));
        assertEquals(sorted[sorted.length - 1], p.max());
    }

    @Test
    void leavesTheCallersArrayAlone() {
        long[] values = {3, 1, 2};
        Percentiles.of(values);
        assertEquals(3, values[0]);
        assertEquals(1, values[1]);
    }

    @Test
    void summaryIsInMilliseconds() {
        LatencySummary s = Percentiles.of(new long[] {1_000_000, 2_000_000, 250_000_000}).summaryMillis();
        assertEquals(3, s.count());
        assertEquals(2.0, s.p50Ms(), 1e-9);
        assertEquals(250.0, s.p99Ms(), 1e-9);
        assertEquals(250.0, s.maxMs(), 1e-9);
        assertEquals(84.333, s.meanMs(), 1e-3);
    }

    @Test
    void anEmptySetHasNoPercentilesRatherThanZero() {
        Percentiles empty = Percentiles.of(new long[0]);
        assertThrows(IllegalStateException.class, () -> empty.value(50));
        LatencySummary s = empty.summaryMillis();
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.p99Ms()));
    }

    @Test
    void refusesPercentilesOutsideZeroToHundred() {
        Percentiles p = Percentiles.of(new long[] {1});
        assertThrows(IllegalArgumentException.class, () -> p.value(0));
        assertThrows(IllegalArgumentException.class, () -> p.value(100.1));
        assertThrows(IllegalArgumentException.class, () -> p.value(Double.NaN));
    }

    @Test
    void recorderCollectsFromManyThreads() throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int base = t * 10_000;
            threads[t] = new Thread(() -> {
                for (int i = 1; i <= 10_000; i++) {
                    recorder.record(base + i);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Percentiles p = recorder.percentiles();
        assertEquals(40_000, p.count());
        assertEquals(1, p.min());
        assertEquals(40_000, p.max());
        assertEquals(20_000, p.value(50));
    }
}
