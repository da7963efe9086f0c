package io.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.testkit.KafkaFixture;
import io.newsdesk.testkit.TopicReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** Ingest against a real broker: over HTTP to articles.submitted, versions numbered by the log whichever instance wrote. */
class IngestServiceIT {
    private static final String TOKEN = "it-courier-token-0123456789";
    private final KafkaFixture kafka = KafkaFixture.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigSource config(String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", "3");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "4");
        env.put("NEWSDESK_INGEST_TOKENS", "harbour-courier:" + TOKEN);
        return ConfigSource.load(IngestConfig.DEFAULTS, env);
    }

    private HttpResponse<String> post(IngestService service, String pathAndQuery, String contentType, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + pathAndQuery))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String article(String externalId, String headline) {
        return """
                {"externalId": "%s", "headline": "%s", "body": "The harbour master confirmed the closure.",
                 "byline": "By I. T. Writer", "section": "local", "firstCreated": "2025-05-30T07:00:00Z"}"""
                .formatted(externalId, headline);
    }

    private static TopicReader<String, Submission> submitted(KafkaFixture kafka, Topics topics) {
        return kafka.topicReader(topics.submitted().name(), Serdes.String().deserializer(),
                topics.submitted().valueSerde().deserializer());
    }

    @Test
    void eachAcceptedSubmissionIsWrittenOnceAndAnsweredWithItsPlaceInTheLog() throws Exception {
        String prefix = kafka.uniqueName("ingest-versions") + "-";
        Topics topics = Topics.withPrefix(prefix);
        String articleId = ArticleIds.of("harbour-courier", "hc-500");
        List<Long> answered = new ArrayList<>();

        // Two instances at once, then a new one after both stopped: none knows what the others wrote.
        try (IngestService a = IngestService.start(config(prefix)); IngestService b = IngestService.start(config(prefix))) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + a.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("UP", Json.mapper().readTree(health.body()).get("status").asText());

            HttpResponse<String> first = post(a, "/v1/articles", "application/json", article("hc-500", "Harbour closes"));
            assertEquals(202, first.statusCode(), first.body());
            JsonNode answer = Json.mapper().readTree(first.body());
            assertEquals(articleId, answer.get("articleId").asText());
            answered.add(answer.get("version").asLong());

            List<ConsumerRecord<String, Submission>> read = submitted(kafka, topics)
                    .readUntil("the first submission of " + articleId, records -> !records.isEmpty());
            Submission s = read.get(0).value();
            assertEquals(articleId, read.get(0).key());
            assertEquals(ArticleVersions.fromOffset(read.get(0).offset()), answer.get("version").asLong(),
                    "the answered version is the record's offset + 1");
            assertEquals(ArticleVersions.ASSIGNED_BY_THE_LOG, s.getVersion(), "enrich writes the version in");
            assertEquals(answer.get("submissionId").asText(), s.getSubmissionId());
            assertEquals("harbour-courier", s.getSource());
            assertEquals("hc-500", s.getExternalId());
            assertEquals(SubmissionChannel.API, s.getChannel());
            assertEquals("Harbour closes", s.getHeadline());
            assertEquals("The harbour master confirmed the closure.", s.getBody());
            assertEquals(BodyFormat.TEXT, s.getBodyFormat());
            assertEquals("By I. T. Writer", s.getByline());
            assertEquals("local", s.getSection());
            assertEquals(Instant.parse("2025-05-30T07:00:00Z"), s.getFirstCreated());
            assertEquals(PubStatus.USABLE, s.getPubStatus());
            assertNull(s.getExpectedVersion());
            assertTrue(s.getReceivedAt().isAfter(Instant.now().minusSeconds(120)));

            HttpResponse<String> second = post(b, "/v1/articles", "application/json", article("hc-500", "Harbour closes early"));
            assertEquals(202, second.statusCode(), second.body());
            answered.add(Json.mapper().readTree(second.body()).get("version").asLong());
        }

        try (IngestService restarted = IngestService.start(config(prefix))) {
            HttpResponse<String> third = post(restarted, "/v1/articles", "application/json", article("hc-500", "Harbour reopens"));
            assertEquals(202, third.statusCode(), third.body());
            answered.add(Json.mapper().readTree(third.body()).get("version").asLong());

            // A base version that is out of date is not ingest's to judge: it travels on for publish to refuse.
            HttpResponse<String> based = post(restarted, "/v1/articles", "application/json",
                    article("hc-500", "Old news").replace("}", ", \"version\": " + answered.get(0) + "}"));
            assertEquals(202, based.statusCode(), based.body());
            answered.add(Json.mapper().readTree(based.body()).get("version").asLong());
        }

        List<ConsumerRecord<String, Submission>> all = submitted(kafka, topics)
                .readUntil("four submissions of " + articleId, records -> records.size() >= 4);
        assertEquals(answered, all.stream().map(r -> ArticleVersions.fromOffset(r.offset())).toList(),
                "every answer is its record's place in the log, in the order they were written");
        assertEquals(answered.stream().sorted().distinct().toList(), answered, "strictly increasing");
        assertEquals(List.of("Harbour closes", "Harbour closes early", "Harbour reopens", "Old news"),
                all.stream().map(r -> r.value().getHeadline()).toList());
        assertEquals(answered.get(0), all.get(3).value().getExpectedVersion());
    }

    @Test
    void invalidInputIsRefusedAndNeverReachesTheTopic() throws Exception {
        String prefix = kafka.uniqueName("ingest-invalid") + "-";
        Topics topics = Topics.withPrefix(prefix);
        String invalidId = ArticleIds.of("harbour-courier", "hc-bad");
        String pageUrl = "https://courier.example/local/ferry";

        try (IngestService service = IngestService.start(config(prefix))) {
            HttpResponse<String> invalid = post(service, "/v1/articles", "application/json",
                    article("hc-bad", "x".repeat(501)).replace("}", ", \"pubStatus\": \"deleted\"}"));
            assertEquals(400, invalid.statusCode(), invalid.body());
            JsonNode problems = Json.mapper().readTree(invalid.body()).get("problems");
            assertEquals("headline: longer than 500 characters", problems.get(0).asText());
            assertEquals("pubStatus: must be one of \"usable\", \"withheld\", \"canceled\"", problems.get(1).asText());

            HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + service.port() + "/v1/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article("hc-bad", "No token"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, unauthorized.statusCode());

            // A raw page sent after the refused requests: once it is on the topic, anything sent
            // before it would have been too.
            String page = "<html><nav>Menu</nav><h1>Ferry timetable changes</h1><p>New times from June.</p></html>";
            HttpResponse<String> raw = post(service, "/v1/articles?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8),
                    "text/html; charset=utf-8", page);
            assertEquals(202, raw.statusCode(), raw.body());

            TopicReader<String, Submission> reader = submitted(kafka, topics);
            List<ConsumerRecord<String, Submission>> read = reader.readUntil("the raw page", records -> !records.isEmpty());
            Submission s = read.get(0).value();
            assertEquals(SubmissionChannel.RAW_PAGE, s.getChannel());
            assertEquals(BodyFormat.HTML, s.getBodyFormat());
            assertEquals(page, s.getBody());
            assertNull(s.getHeadline());
            assertEquals(pageUrl, s.getExternalId());

            reader.assertNoRecordsMatchingFor("submission of the refused article " + invalidId,
                    r -> r.key().equals(invalidId), Duration.ofSeconds(2));
        }
    }
}
