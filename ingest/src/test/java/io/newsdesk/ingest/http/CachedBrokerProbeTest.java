package io.newsdesk.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedBrokerProbeTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-06-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void answersFromCacheUntilTheTtlPasses() {
        AtomicInteger calls = new AtomicInteger();
        ManualClock clock = new ManualClock();
        CachedBrokerProbe probe = new CachedBrokerProbe(
                () -> calls.incrementAndGet() == 1 ? BrokerStatus.up("first") : BrokerStatus.down("second"),
                clock, Duration.ofSeconds(2));

        assertEquals(BrokerStatus.up("first"), probe.check());
        clock.now = clock.now.plusMillis(1999);
        assertEquals(BrokerStatus.up("first"), probe.check());
        assertEquals(1, calls.get());

        clock.now = clock.now.plusMillis(1);
        assertEquals(BrokerStatus.down("second"), probe.check());
        assertEquals(2, calls.get());
    }
}
