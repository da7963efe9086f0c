package io.newsdesk.publish.readmodel;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The read model's meters, read from the index at each scrape (one directory listing, the rest counters). Names as Prometheus shows them:
 * <ul>
 *   <li>{@code newsdesk_read_model_segments}: segments every search and listing visits; it falls as merges
 *       finish (1,000,000 articles settle in about 18).</li>
 *   <li>{@code newsdesk_read_model_disk_bytes}: the index's files on local disk.</li>
 *   <li>{@code newsdesk_read_model_merges_total}, {@code newsdesk_read_model_merged_bytes_total}: merges
 *       finished, and the bytes they read.</li>
 *   <li>{@code newsdesk_read_model_merge_cpu_seconds_total}: CPU the merges took from the cores that serve
 *       pages (a rate of it beside {@code process_cpu_usage} shows what share); also counts merges that did
 *       not finish.</li>
 *   <li>{@code newsdesk_read_model_merges_running}: merges under way now.</li>
 * </ul>
 */
public final class ReadModelMeters implements MeterBinder {
    public static final String SEGMENTS = "newsdesk.read.model.segments";
    public static final String DISK_BYTES = "newsdesk.read.model.disk";
    public static final String MERGES = "newsdesk.read.model.merges";
    public static final String MERGED_BYTES = "newsdesk.read.model.merged";
    public static final String MERGE_CPU = "newsdesk.read.model.merge.cpu";
    public static final String MERGES_RUNNING = "newsdesk.read.model.merges.running";

    private final ArticleIndex index;

    public ReadModelMeters(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, SEGMENTS, null, "segments of the read model index that readers search", ArticleIndex::segments);
        gauge(registry, DISK_BYTES, "bytes", "the read model index's files on local disk", ArticleIndex::bytesOnDisk);
        gauge(registry, MERGES_RUNNING, null, "read model index merges under way", i -> i.merges().running());
        counter(registry, MERGES, null, "read model index merges finished", i -> i.merges().finished());
        counter(registry, MERGED_BYTES, "bytes", "bytes of the segments finished merges read", i -> i.merges().mergedBytes());
        counter(registry, MERGE_CPU, "seconds", "CPU time of the read model index's merges", i -> i.merges().cpuNanos() / 1e9);
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description,
                       ToDoubleFunction<ArticleIndex> value) {
        Gauge.builder(name, index, value).baseUnit(unit).description(description).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String unit, String description,
                         ToDoubleFunction<ArticleIndex> value) {
        FunctionCounter.builder(name, index, value).baseUnit(unit).description(description).register(registry);
    }
}
