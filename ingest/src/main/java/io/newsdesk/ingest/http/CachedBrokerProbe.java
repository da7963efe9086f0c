package io.newsdesk.ingest.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the last answer for a short while: load balancers and orchestrators poll /health often,
 * and each uncached poll would be a round trip to the cluster (or a full timeout while it is down).
 * Callers arriving while a check runs wait for it instead of starting their own.
 */
public final class CachedBrokerProbe implements BrokerProbe {
    private final BrokerProbe delegate;
    private final Clock clock;
    private final Duration ttl;
    private BrokerStatus last;
    private Instant checkedAt = Instant.MIN;

    public CachedBrokerProbe(BrokerProbe delegate, Clock clock, Duration ttl) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized BrokerStatus check() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(ttl))) {
            last = delegate.check();
            checkedAt = clock.instant();
        }
        return last;
    }
}
