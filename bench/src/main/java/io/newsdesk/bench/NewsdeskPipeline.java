package io.newsdesk.bench;

import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.enrich.EnrichService;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.ingest.IngestService;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.publish.PublishService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real thing, in this JVM: {@link IngestService} (its plain-Java intake: a version stamp and the
 * submission, each acknowledged, acks=all idempotent), {@link EnrichService} with the standard
 * processors, and {@link PublishService}, each started exactly as its Main starts it, on its own topics.
 */
public final class NewsdeskPipeline implements SystemUnderTest {
    private static final Logger LOG = LoggerFactory.getLogger(NewsdeskPipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final IngestService ingest;
    private EnrichService enrich;
    private PublishService publish;
    private final int submitThreads;
    private final String publishedTopic;

    private NewsdeskPipeline(IngestService ingest, EnrichService enrich, PublishService publish, int submitThreads) {
        this.publishedTopic = publish.topics().published().name();
        this.ingest = ingest;
        this.enrich = enrich;
        this.publish = publish;
        this.submitThreads = submitThreads;
    }

    /** @param settings the services' keys: bootstrap, topic prefix, partitions, commit interval, ports, state dir */
    public static NewsdeskPipeline start(ConfigSource settings, int submitThreads) {
        IngestService ingest = IngestService.start(ConfigSource.of(IngestConfig.DEFAULTS).with(settings.asMap()));
        EnrichService enrich = null;
        PublishService publish = null;
        try {
            enrich = EnrichService.start(ConfigSource.of(EnrichConfig.DEFAULTS).with(settings.asMap()));
            publish = PublishService.start(settings);
            EnrichService e = enrich;
            PublishService p = publish;
            Waiting.orFail(() -> e.ready() && p.ready(), START_TIMEOUT, "enrich and publish to be ready");
        } catch (RuntimeException e) {
            if (publish != null) {
                publish.close();
            }
            if (enrich != null) {
                enrich.close();
            }
            ingest.close();
            throw e;
        }
        LOG.info("pipeline running: ingest on port {}, enrich and publish ready", ingest.port());
        return new NewsdeskPipeline(ingest, enrich, publish, submitThreads);
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String source() {
        return "bench-pipeline";
    }

    @Override
    public String publishedTopic() {
        return publishedTopic;
    }

    @Override
    public int submitThreads() {
        return submitThreads;
    }

    /** Blocks for both acknowledgements, as an HTTP request thread does. */
    @Override
    public void submit(GeneratedArticle article, Runnable onFailure) {
        ingest.intake().submit(article.toParsed(source()));
    }

    public IngestService ingest() {
        return ingest;
    }

    /**
     * Stops enrich and publish and leaves ingest running: the HTTP door is then measured on its own, not
     * competing for the two cores with enrichment of what it accepts.
     */
    public void stopDownstream() {
        if (publish != null) {
            publish.close();
            publish = null;
        }
        if (enrich != null) {
            enrich.close();
            enrich = null;
        }
    }

    @Override
    public void close() {
        stopDownstream();
        ingest.close();
    }
}
