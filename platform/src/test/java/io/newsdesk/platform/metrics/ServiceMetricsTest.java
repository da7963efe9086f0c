package io.newsdesk.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.nio.file.Path;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceMetricsTest {
    private final ServiceMetrics metrics = ServiceMetrics.create("enrich");

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void stageCountsAndTimesAppearWithTheirStageAndServiceTags() {
        PipelineMeters.Stage tag = metrics.pipeline().stage("tag");
        tag.record(2_000_000, true);
        tag.record(3_000_000, true);
        tag.record(1_000_000, false);

        String scrape = metrics.scrape();

        assertTrue(scrape.contains("newsdesk_articles_in_total{service=\"enrich\",stage=\"tag\"} 3.0"), scrape);
        assertTrue(scrape.contains("newsdesk_articles_out_total{service=\"enrich\",stage=\"tag\"} 2.0"), scrape);
        assertTrue(scrape.contains("newsdesk_stage_seconds_count{service=\"enrich\",stage=\"tag\"} 3"), scrape);
        assertTrue(scrape.contains("newsdesk_stage_seconds_sum{service=\"enrich\",stage=\"tag\"} 0.006"), scrape);
        // A histogram, so that quantiles can be computed across instances.
        assertTrue(scrape.contains("newsdesk_stage_seconds_bucket{service=\"enrich\",stage=\"tag\",le=\""), scrape);
    }

    @Test
    void theSameStageIsOneSetOfMeters() {
        metrics.pipeline().stage("enrich").record(1_000, true);
        metrics.pipeline().stage("enrich").record(1_000, true);

        assertEquals(2.0, metrics.registry().get(PipelineMeters.ARTICLES_OUT).tag("stage", "enrich").counter().count());
    }

    @Test
    void endToEndLatencyIsTheSpanFromReceivedToPublishedAndIgnoresClockSkew() {
        Instant received = Instant.parse("2025-06-01T12:00:00Z");
        metrics.pipeline().endToEnd(received, received.plusMillis(1_500));
        metrics.pipeline().endToEnd(received, received.minusMillis(20));

        String scrape = metrics.scrape();
        assertTrue(scrape.contains("newsdesk_end_to_end_latency_seconds_count{service=\"enrich\"} 1"), scrape);
        assertTrue(scrape.contains("newsdesk_end_to_end_latency_seconds_sum{service=\"enrich\"} 1.5"), scrape);
    }

    @Test
    void eventsAreCountedByType() {
        metrics.pipeline().articleEvents("CREATED").increment();
        metrics.pipeline().articleEvents("RETRACTED").increment();
        metrics.pipeline().articleEvents("CREATED").increment();

        String scrape = metrics.scrape();
        assertTrue(scrape.contains("newsdesk_article_events_total{service=\"enrich\",type=\"CREATED\"} 2.0"), scrape);
        assertTrue(scrape.contains("newsdesk_article_events_total{service=\"enrich\",type=\"RETRACTED\"} 1.0"), scrape);
    }

    @Test
    void refusedVersionsAreCountedByReason() {
        metrics.pipeline().versionsRefused("conflict").increment();
        metrics.pipeline().versionsRefused("conflict").increment();
        metrics.pipeline().versionsRefused("stale").increment();

        String scrape = metrics.scrape();
        assertTrue(scrape.contains("newsdesk_versions_refused_total{reason=\"conflict\",service=\"enrich\"} 2.0"), scrape);
        assertTrue(scrape.contains("newsdesk_versions_refused_total{reason=\"stale\",service=\"enrich\"} 1.0"), scrape);
    }

    @Test
    void jvmAndProcessMetricsAreBound() {
        String scrape = metrics.scrape();
        for (String name : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "process_uptime_seconds", "jvm_classes_loaded_classes"}) {
            assertTrue(scrape.contains(name + "{"), name + " missing from\n" + scrape);
        }
    }

    @Test
    void producerMetricsAreBoundAndGoAwayOnClose() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        ServiceMetrics ingest = ServiceMetrics.create("ingest");
        try {
            // MockProducer reports no Kafka metrics; binding must still work and leave the registry usable.
            ingest.bindProducer(producer);
            ingest.pipeline().stage("ingest").record(1, true);
            assertTrue(ingest.scrape().contains("newsdesk_articles_out_total{service=\"ingest\",stage=\"ingest\"} 1.0"));
        } finally {
            ingest.close();
        }
    }

    @Test
    void kafkaStreamsMetricsAreBound(@TempDir Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("read-in"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("write-out"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-binding-test");
        // Resolvable but never contacted: the client is not started.
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // Never started: the client registers its own metrics at construction, which is all this needs.
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            metrics.bindKafkaStreams(streams);

            String scrape = metrics.scrape();
            assertTrue(scrape.contains("kafka_stream_alive_stream_threads{"), scrape);
            assertTrue(scrape.contains("application_id=\"metrics-binding-test\""), scrape);
        }
    }

    @Test
    void theRegistryGoesIntoStreamsPropertiesForTheDeadLetterHandlers() {
        Properties props = metrics.putInto(new Properties());

        assertTrue(props.get(ServiceMetrics.REGISTRY_CONFIG) == metrics.registry());
    }

    @Test
    void metricsRouteAnswersThePrometheusTextFormat() {
        metrics.pipeline().stage("tag").record(1_000, true);
        HttpApp.Builder builder = metrics.register(HttpApp.builder("metrics-test"));
        HttpApp app = startedOnFreePort(builder);
        try {
            Response response = app.handle(Request.of("GET", ServiceMetrics.PATH, Map.of(), Map.of(), new byte[0]));
            assertEquals(200, response.status());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", response.contentType());
            assertTrue(response.bodyText().contains("newsdesk_articles_in_total{service=\"enrich\",stage=\"tag\"} 1.0"));

            // and over a socket, as Prometheus scrapes it
            HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + ServiceMetrics.PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scraped.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", scraped.headers().firstValue("Content-Type").orElse(""));
            assertTrue(scraped.body().contains("# TYPE newsdesk_articles_in_total counter"), scraped.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            app.close();
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        ServiceMetrics other = ServiceMetrics.create("publish");
        other.close();
        other.close();
        assertTrue(other.registry().isClosed());
    }

    private static HttpApp startedOnFreePort(HttpApp.Builder builder) {
        try {
            return builder.host("127.0.0.1").port(0).threads(1).stopGraceSeconds(0).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
