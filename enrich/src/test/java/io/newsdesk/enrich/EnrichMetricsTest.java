package io.newsdesk.enrich;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.streams.StreamsHealth;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich's metrics as the service wires them: the stage observer on the processor, the registry in the
 * Streams properties for the dead-letter handlers, and {@code GET /metrics} on the enrich routes.
 */
class EnrichMetricsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:16:00Z");
    private static final Instant EVENT_TIME = Instant.parse("2026-03-02T09:15:30Z");

    private final Topics topics = Topics.withPrefix("metrics-");
    private final ServiceMetrics metrics = ServiceMetrics.create("enrich");
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
        metrics.close();
    }

    /** Refuses any article whose headline says "refuse", so that one record fails in the enrich stage. */
    private static final Enricher REFUSES_ON_REQUEST = new Enricher() {
        @Override
        public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
            if (article.getContent().getHeadline().contains("refuse")) {
                throw new IllegalStateException("refused " + article.getSubmission().getArticleId());
            }
        }

        @Override
        public String name() {
            return "refuses-on-request";
        }

        @Override
        public String version() {
            return "1";
        }
    };

    private void start(ArticleProcessor processor) {
        Properties props = EnrichConfig.from(ConfigSource.load(EnrichConfig.DEFAULTS, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                "NEWSDESK_TOPIC_PREFIX", "metrics-",
                "NEWSDESK_STATE_DIR", stateDir.toString()))).streamsProperties();
        // As EnrichService.start does.
        driver = new TopologyTestDriver(EnrichTopology.build(topics,
                processor.observedBy(EnrichService.stageMeters(metrics.pipeline()))), metrics.putInto(props), NOW);
    }

    private TestInputTopic<String, Submission> submissions() {
        return driver.createInputTopic(topics.submitted().name(), topics.submitted().keySerde().serializer(),
                topics.submitted().valueSerde().serializer());
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private double counter(String name, String... tags) {
        return metrics.registry().get(name).tags(tags).counter().count();
    }

    @Test
    void eachStageCountsWhatCameInWhatWentOutAndWhatWasDeadLettered() {
        start(new ArticleProcessor(StandardProcessors.cleaner(AnalysisSettings.defaults()), List.of(),
                List.of(REFUSES_ON_REQUEST), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>("ok-1", SampleArticles.textArticle("ok-1", "Bridge reopens", "Traffic flows again."), EVENT_TIME));
        submissions().pipeInput(new TestRecord<>("bad-1", SampleArticles.textArticle("bad-1", "Please refuse me", "A body."), EVENT_TIME));
        submissions().pipeInput(new TestRecord<>("ok-2", SampleArticles.textArticle("ok-2", "Council meets", "On Monday."), EVENT_TIME));
        // Keyed by someone else's id: the tagging step refuses it before the processor sees it.
        submissions().pipeInput(new TestRecord<>("not-its-id", SampleArticles.textArticle("ok-3", "Misfiled", "Text."), EVENT_TIME));

        // What the counters say is what the topics hold.
        assertEquals(List.of("ok-1", "ok-2"), output(topics.enriched()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        List<DeadLetter> letters = output(topics.deadLetters()).readValuesToList();
        assertEquals(List.of("enrich.process@" + EnrichTopology.ENRICHMENT_ENRICH, "enrich.process@" + EnrichTopology.TAGGING_TAG),
                letters.stream().map(DeadLetter::getStage).toList());

        assertEquals(3.0, counter("newsdesk.articles.in", "stage", "tag"));
        assertEquals(3.0, counter("newsdesk.articles.out", "stage", "tag"));
        assertEquals(3.0, counter("newsdesk.articles.in", "stage", "enrich"));
        assertEquals(2.0, counter("newsdesk.articles.out", "stage", "enrich"));
        assertEquals(1.0, counter("newsdesk.dead.letters", "stage", "enrich", "cause", "process",
                "node", EnrichTopology.ENRICHMENT_ENRICH));
        assertEquals(1.0, counter("newsdesk.dead.letters", "stage", "enrich", "cause", "process",
                "node", EnrichTopology.TAGGING_TAG));
        assertEquals(3, metrics.registry().get("newsdesk.stage").tag("stage", "tag").timer().count());
        assertEquals(3, metrics.registry().get("newsdesk.stage").tag("stage", "enrich").timer().count());
    }

    @Test
    void theMetricsRouteServesTheStageCountsBesideHealthAndReadiness() throws Exception {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
        submissions().pipeInput(new TestRecord<>("ok-1", SampleArticles.textArticle("ok-1", "Bridge reopens", "Traffic flows again."), EVENT_TIME));
        HttpApp app = EnrichHttp.routes(new StreamsHealth(), metrics).host("127.0.0.1").port(0).stopGraceSeconds(0).start();
        try {
            Response response = app.handle(Request.of("GET", "/metrics", Map.of(), Map.of(), new byte[0]));
            assertEquals(200, response.status());
            assertEquals(ServiceMetrics.CONTENT_TYPE, response.contentType());
            String text = response.bodyText();
            assertTrue(text.contains("newsdesk_articles_out_total{service=\"enrich\",stage=\"enrich\"} 1.0"), text);
            assertTrue(text.contains("newsdesk_stage_seconds_count{service=\"enrich\",stage=\"tag\"} 1"), text);
            assertEquals(503, app.handle(Request.of("GET", "/ready", Map.of(), Map.of(), new byte[0])).status(),
                    "a Streams client that has not started is not ready");
        } finally {
            app.close();
        }
    }
}
