package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void theLineShowsCountPercentageRateEtaAndOutcomes() {
        String line = ProgressBar.line(new Tally(2000, 0, 990, 10, 0), Duration.ofSeconds(4));

        assertEquals("[##########..........] 1000/2000  50%   250.0/s  ETA 4s  accepted 990  rejected 10  failed 0", line);
    }

    @Test
    void skippedItemsMoveTheBarButNotTheRate() {
        String line = ProgressBar.line(new Tally(100, 50, 25, 0, 0), Duration.ofSeconds(5));

        assertEquals("[###############.....]  75/100  75%     5.0/s  ETA 5s  accepted 25  rejected 0  failed 0  skipped 50", line);
    }

    @Test
    void beforeTheFirstAnswerTheEtaIsUnknownAndLongEtasReadAsMinutesAndHours() {
        assertEquals("[....................]  0/10   0%     0.0/s  ETA ?  accepted 0  rejected 0  failed 0",
                ProgressBar.line(new Tally(10, 0, 0, 0, 0), Duration.ZERO));
        assertEquals("3m07s", ProgressBar.duration(187));
        assertEquals("1h02m", ProgressBar.duration(3725));
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(stream(), true, now::get);

        bar.update(new Tally(10, 0, 1, 0, 0));
        now.addAndGet(Duration.ofMillis(50).toNanos());
        bar.update(new Tally(10, 0, 2, 0, 0));
        now.addAndGet(Duration.ofMillis(60).toNanos());
        bar.update(new Tally(10, 0, 3, 0, 0));
        bar.finish(new Tally(10, 0, 10, 0, 0));

        assertEquals("\r" + ProgressBar.line(new Tally(10, 0, 1, 0, 0), Duration.ZERO)
                + "\r" + ProgressBar.line(new Tally(10, 0, 3, 0, 0), Duration.ofMillis(110))
                + "\r" + ProgressBar.line(new Tally(10, 0, 10, 0, 0), Duration.ofMillis(110)) + "\n", err(),
                "the update 50 ms after the first is not drawn");
    }

    @Test
    void aShorterRedrawBlanksTheRestOfTheLongerOneBeforeIt() {
        ProgressBar bar = new ProgressBar(stream(), true, now::get);

        bar.update(new Tally(10, 0, 0, 0, 0));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        bar.update(new Tally(10, 0, 0, 1, 0));

        String first = ProgressBar.line(new Tally(10, 0, 0, 0, 0), Duration.ZERO);
        String second = ProgressBar.line(new Tally(10, 0, 0, 1, 0), Duration.ofSeconds(1));
        assertEquals("[##..................]  1/10  10%     1.0/s  ETA 9s  accepted 0  rejected 1  failed 0", second);
        assertEquals("\r" + first + "\r" + second + " ".repeat(Math.max(0, first.length() - second.length())), err());
    }

    @Test
    void elsewhereItPrintsPlainLinesEveryTwoSeconds() {
        ProgressBar bar = new ProgressBar(stream(), false, now::get);

        bar.update(new Tally(10, 0, 1, 0, 0));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        bar.update(new Tally(10, 0, 2, 0, 0));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        bar.update(new Tally(10, 0, 4, 0, 0));
        bar.finish(new Tally(10, 0, 10, 0, 0));

        assertEquals(String.join("\n",
                "[##..................]  1/10  10%     0.0/s  ETA ?  accepted 1  rejected 0  failed 0",
                "[########............]  4/10  40%     2.0/s  ETA 3s  accepted 4  rejected 0  failed 0",
                "[####################] 10/10 100%     5.0/s  ETA 0s  accepted 10  rejected 0  failed 0",
                ""), err());
    }

    private PrintStream stream() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
