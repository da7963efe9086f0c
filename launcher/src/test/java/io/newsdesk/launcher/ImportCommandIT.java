package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.ingest.IngestService;
import io.newsdesk.launcher.bulk.ImportJournal;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.testkit.KafkaFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a folder of 2,000 generated submissions (JSON lines, a JSON array, single JSON
 * files, raw pages; four of them invalid) into a real ingest on the test broker, interrupted after 700
 * items and resumed: every valid item is on articles.submitted exactly once, the invalid ones are
 * reported with their reasons and written nowhere.
 */
class ImportCommandIT {
    private static final KafkaFixture KAFKA = KafkaFixture.shared();
    private static final String TOKEN = "import-it-token-4b1e9c2a";
    private static final int INTERRUPT_AFTER = 700;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anInterruptedImportResumesWithoutPostingAnyItemTwice() throws Exception {
        String prefix = KAFKA.uniqueName("import") + ".";
        Topics topics = Topics.withPrefix(prefix);
        Path input = temp.resolve("archive");
        Set<String> validExternalIds = generate(input);
        assertEquals(1996, validExternalIds.size());

        try (IngestService ingest = IngestService.start(ingestConfig(prefix))) {
            Map<String, String> environment = Map.of(
                    "NEWSDESK_INGEST_URL", "http://127.0.0.1:" + ingest.port(),
                    "NEWSDESK_INGEST_TOKEN", TOKEN,
                    "NEWSDESK_DATA_DIR", temp.resolve("data").toString());

            int interrupted = run(new ImportCommand(INTERRUPT_AFTER), environment);

            assertEquals(NewsdeskCli.FAILED, interrupted, "a run that stopped early did not finish the import");
            assertTrue(stdout().contains("stopped early: stopped after 700 item(s) as asked"), stdout());
            assertTrue(stdout().contains("  not tried 1300  (run again to resume)"), stdout());

            out.reset();
            int resumed = run(new ImportCommand(), environment);

            assertEquals(NewsdeskCli.OK, resumed, stdout() + err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("resuming the import of " + input),
                    err.toString(StandardCharsets.UTF_8));
            assertTrue(stdout().contains("  skipped    700  (imported by an earlier run"), stdout());
            assertTrue(stdout().contains("  failed       0"), stdout());
        }

        // Both runs' rejections, each with the reason ingest (or the line splitter) gave.
        Path rejectedFile = ImportJournal.rejectedFileFor(temp.resolve("data"), input);
        Map<String, String> rejected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(rejectedFile)) {
            JsonNode json = Json.mapper().readTree(line);
            rejected.put(json.get("key").asText(), json.get("reasons").get(0).asText());
        }
        assertEquals(List.of("batch.json[150]", "wire/day-1.jsonl:77", "wire/day-2.jsonl:11", "wire/day-5.jsonl:200"),
                List.copyOf(rejected.keySet()));
        assertEquals("body: must not be empty", rejected.get("batch.json[150]"));
        assertTrue(rejected.get("wire/day-1.jsonl:77").startsWith("line 77: not valid JSON"), rejected.toString());
        assertEquals("headline: required", rejected.get("wire/day-2.jsonl:11"));
        assertEquals("colour: unknown field", rejected.get("wire/day-5.jsonl:200"));

        List<ConsumerRecord<String, Submission>> submitted = readAll(topics.submitted().name());
        Map<String, Long> perExternalId = submitted.stream()
                .collect(Collectors.groupingBy(r -> r.value().getExternalId(), Collectors.counting()));
        Map<String, Long> duplicates = new LinkedHashMap<>(perExternalId);
        duplicates.values().removeIf(count -> count == 1);
        assertEquals(Map.of(), duplicates, "items posted more than once");
        assertEquals(validExternalIds, perExternalId.keySet(), "every valid item, and nothing else");
        assertEquals(1996, submitted.size());

        Map<String, Submission> byExternalId = submitted.stream().collect(Collectors.toMap(r -> r.value().getExternalId(),
                ConsumerRecord::value, (a, b) -> a));
        Submission line = byExternalId.get("wire-3-120");
        assertEquals("Council hearing 3-120 on the jail budget", line.getHeadline());
        assertEquals(SubmissionChannel.API, line.getChannel());
        Submission page = byExternalId.get("https://news.example.com/pages/page-2");
        assertEquals(SubmissionChannel.RAW_PAGE, page.getChannel());
        assertTrue(page.getBody().contains("Sentencing day 2"), page.getBody());
    }

    /**
     * 8 JSON-lines files of 200 submissions, an array of 300, 96 single files and 4 raw pages: 2,000
     * items, of which one broken line, one without a headline, one with an unknown field and one array
     * element with an empty body are invalid. Returns the external ids of the valid ones.
     */
    private static Set<String> generate(Path input) throws IOException {
        Set<String> valid = new HashSet<>();
        Files.createDirectories(input.resolve("wire"));
        Files.createDirectories(input.resolve("singles/2026"));
        Files.createDirectories(input.resolve("pages"));
        for (int file = 0; file < 8; file++) {
            List<String> lines = new ArrayList<>();
            for (int line = 0; line < 200; line++) {
                String id = "wire-" + file + "-" + line;
                Map<String, Object> submission = submission(id, "Council hearing " + file + "-" + line + " on the jail budget");
                if (file == 1 && line == 76) {
                    lines.add("{\"externalId\": \"" + id + "\", \"headline\": ");
                    continue;
                }
                if (file == 2 && line == 10) {
                    submission.remove("headline");
                } else if (file == 5 && line == 199) {
                    submission.put("colour", "red");
                } else {
                    valid.add(id);
                }
                lines.add(Json.write(submission));
            }
            Files.write(input.resolve("wire/day-" + file + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
        List<Map<String, Object>> array = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = "batch-" + i;
            Map<String, Object> submission = submission(id, "Court docket item " + i);
            if (i == 150) {
                submission.put("body", "");
            } else {
                valid.add(id);
            }
            array.add(submission);
        }
        Files.writeString(input.resolve("batch.json"), Json.write(array), StandardCharsets.UTF_8);
        for (int i = 0; i < 96; i++) {
            String id = "single-" + i;
            Files.writeString(input.resolve("singles/2026/" + id + ".json"), Json.write(submission(id, "Police report " + i)),
                    StandardCharsets.UTF_8);
            valid.add(id);
        }
        for (int i = 0; i < 4; i++) {
            String url = "https://news.example.com/pages/page-" + i;
            Files.writeString(input.resolve("pages/page-" + i + ".html"), "<html><head><title>Sentencing day " + i
                    + "</title><link rel=\"canonical\" href=\"" + url + "\"></head><body><h1>Sentencing day " + i
                    + "</h1><p>The judge read the sentence aloud in a full courtroom.</p></body></html>", StandardCharsets.UTF_8);
            valid.add(url);
        }
        return valid;
    }

    private static Map<String, Object> submission(String externalId, String headline) {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("externalId", externalId);
        submission.put("headline", headline);
        submission.put("body", "The county board heard testimony about item " + externalId + " for two hours on Tuesday.");
        submission.put("section", "courts");
        return submission;
    }

    private int run(ImportCommand command, Map<String, String> environment) {
        CliContext context = new CliContext(environment, temp, temp, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new NewsdeskCli(List.of(command)).run(List.of("import", "archive", "--concurrency", "16"), context);
    }

    private static ConfigSource ingestConfig(String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", "2");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "16");
        env.put("NEWSDESK_INGEST_TOKENS", "newsroom:" + TOKEN);
        return ConfigSource.load(IngestConfig.DEFAULTS, env);
    }

    /**
     * Every record on the topic up to its end offsets. Ingest answers 202 only once the broker has the
     * record and writes without transactions, so after the import returned the end offsets count every
     * record it caused, duplicates included: reading to them cannot miss one.
     */
    private static List<ConsumerRecord<String, Submission>> readAll(String topic) {
        Topics deserializers = Topics.standard();
        try (Consumer<String, Submission> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", KAFKA.bootstrapServers(), "isolation.level", "read_committed", "enable.auto.commit", false),
                new StringDeserializer(), deserializers.submitted().valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Submission>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertTrue(System.nanoTime() < deadline, "reading " + topic + " to its end took over 30 s");
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

}
