package io.newsdesk.examples;

import static io.newsdesk.examples.SampleArticles.CRIME_LAW_JUSTICE;
import static io.newsdesk.examples.SampleArticles.ECONOMY;
import static io.newsdesk.examples.SampleArticles.POLITICS;
import static io.newsdesk.examples.SampleArticles.correction;
import static io.newsdesk.examples.SampleArticles.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import io.newsdesk.testkit.KafkaFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/python/consume_published.py} with Debian's {@code /usr/bin/python3} against the
 * real test broker: the Python consumer must decode what the Java services write, from the
 * {@code .avsc} files alone, including records written with an older schema. Skipped, with the reason
 * printed, where {@code /usr/bin/python3} lacks {@code python3-confluent-kafka} or {@code python3-avro}.
 */
class PythonConsumerIT {
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path SCRIPT = EXAMPLES.resolve("python/consume_published.py");
    private static final Path RELEASED = EXAMPLES.resolve("../schemas/src/main/resources/io/newsdesk/schemas/released")
            .normalize();
    private static final Duration SCRIPT_LIMIT = Duration.ofSeconds(90);
    private static final AvroCodec<PublishedArticle> PUBLISHED_CODEC = AvroCodec.of(PublishedArticle.class);
    private static final Instant MONDAY = Instant.parse("2025-03-03T07:30:00Z");

    private final KafkaFixture kafka = KafkaFixture.shared();

    @TempDir
    Path work;

    @BeforeAll
    static void requirePythonWithKafkaAndAvro(@TempDir Path probeDirectory) {
        ExternalCommand.Availability python = ExternalCommand.probe(probeDirectory,
                List.of(PYTHON, "-c", "import confluent_kafka, avro.schema, avro.io"));
        if (!python.available()) {
            String reason = "SKIPPING PythonConsumerIT: " + PYTHON + " cannot import confluent_kafka and avro ("
                    + python.reason() + "). Install Debian's python3-confluent-kafka and python3-avro to run it.";
            System.out.println("[newsdesk-examples] " + reason);
            System.err.println("[newsdesk-examples] " + reason);
        }
        assumeTrue(python.available(), python.reason());
    }

    @Test
    void printsEveryCommittedArticleVersionAndTheRetractionTombstone() throws Exception {
        Topic<String, PublishedArticle> topic = Topics.withPrefix(kafka.uniqueName("python") + "-").published();
        kafka.createTopics(3, topic.name());
        PublishedArticle courtV1 = clerkConvicted(1, List.of());
        PublishedArticle courtV2 = clerkConvicted(2, List.of(correction(2,
                "An earlier version of this article gave the wrong date for the sentencing hearing.",
                MONDAY.plusSeconds(5400))));
        PublishedArticle council = published("art-7f3a91", 1, "Council votes to fund body cameras for every patrol officer",
                "The city council voted 7-2 on Tuesday to equip every patrol officer with a body camera by next spring.",
                "The city council voted 7-2 on Tuesday to equip every patrol officer with a body camera by next spring."
                        + "\n\nThe program will cost about $2.4 million over three years.",
                List.of(POLITICS, CRIME_LAW_JUSTICE), List.of("body cameras", "police", "city council"), List.of(),
                MONDAY.plusSeconds(600), MONDAY.plusSeconds(600));
        PublishedArticle retracted = published("art-c0de55", 1, "Appeals court orders new hearing in warehouse fire case",
                "A state appeals court ordered a new hearing for the owner of a warehouse that burned in 2019.",
                "A state appeals court ordered a new hearing for the owner of a warehouse that burned in 2019.",
                List.of(CRIME_LAW_JUSTICE), List.of("appeals court", "arson"), List.of(),
                MONDAY.plusSeconds(900), MONDAY.plusSeconds(900));

        try (Producer<String, PublishedArticle> producer = transactionalProducer(topic)) {
            producer.initTransactions();
            // An aborted write first: a read_committed consumer must never print it.
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), "art-aborted", published("art-aborted", 1,
                    "Draft that was never committed", "Never committed.", "Never committed.", List.of(ECONOMY),
                    List.of(), List.of(), MONDAY, MONDAY)));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            for (PublishedArticle article : List.of(courtV1, council, retracted, courtV2)) {
                producer.send(new ProducerRecord<>(topic.name(), article.getArticleId(), article));
            }
            ProducerRecord<String, PublishedArticle> tombstone = new ProducerRecord<>(topic.name(), "art-c0de55", null);
            tombstone.headers().add(new RecordHeader("newsdesk.tombstone", "RETRACTED".getBytes(StandardCharsets.UTF_8)));
            producer.send(tombstone);
            producer.commitTransaction();
        }

        ExternalCommand run = runScript(List.of("--topic", topic.name(), "--from-beginning", "--max", "5"));

        assertEquals(0, run.exitCode(), run::describe);
        List<JsonNode> lines = jsonLines(run);
        assertEquals(5, lines.size(), run::describe);
        assertEquals(List.of("art-1b2c3d/1", "art-1b2c3d/2"), keyVersions(lines, "art-1b2c3d"),
                "both versions of the corrected article, in order");
        assertEquals(List.of("art-7f3a91/1"), keyVersions(lines, "art-7f3a91"));
        assertEquals(List.of("art-c0de55/1", "art-c0de55/tombstone"), keyVersions(lines, "art-c0de55"),
                "the retracted article, then its tombstone");

        JsonNode corrected = lineOf(lines, "art-1b2c3d", 2).get("value");
        assertEquals("Jury convicts former county clerk of taking $1.2 million from road fund",
                corrected.get("headline").asText());
        assertEquals(courtV2.getSlug(), corrected.get("slug").asText());
        assertEquals("Marisol Okafor", corrected.get("byline").asText());
        assertEquals("courts", corrected.get("section").asText());
        assertEquals("medtop:02000000", corrected.get("topics").get(0).get("code").asText());
        assertEquals("crime, law and justice", corrected.get("topics").get(0).get("label").asText());
        assertEquals(92, corrected.get("topics").get(0).get("score").asInt());
        assertEquals(List.of("embezzlement", "county government", "jury verdict"), texts(corrected.get("keywords")));
        assertEquals("2025-03-03T07:30:00.000Z", corrected.get("firstPublishedAt").asText());
        assertEquals("2025-03-03T09:00:00.000Z", corrected.get("publishedAt").asText());
        assertEquals("An earlier version of this article gave the wrong date for the sentencing hearing.",
                corrected.get("corrections").get(0).get("note").asText());
        assertEquals(2, corrected.get("corrections").get(0).get("version").asLong());
        assertEquals("PublishedArticle.avsc", lineOf(lines, "art-1b2c3d", 2).get("writer").asText());

        JsonNode council1 = lineOf(lines, "art-7f3a91", 1).get("value");
        assertEquals("Council votes to fund body cameras for every patrol officer", council1.get("headline").asText());
        assertEquals(List.of("politics", "crime, law and justice"),
                council1.get("topics").findValuesAsText("label"));

        JsonNode tombstoneLine = lines.stream()
                .filter(line -> line.get("key").asText().equals("art-c0de55") && line.get("value").isNull())
                .findFirst().orElseThrow(() -> new AssertionError("no tombstone line in\n" + run.stdoutText()));
        assertEquals("RETRACTED", tombstoneLine.get("headers").get("newsdesk.tombstone").asText());
        assertTrue(lines.stream().noneMatch(line -> line.get("key").asText().equals("art-aborted")),
                "the aborted record must not be printed:\n" + run.stdoutText());
    }

    @Test
    void decodesARecordWrittenWithAnOlderSchemaFoundAmongTheReleasedOnes() throws Exception {
        String topic = kafka.uniqueName("python-evolution");
        kafka.createTopics(1, topic);
        Schema older = publishedArticleWithoutSummary();
        Path olderRelease = release("v0", older);
        PublishedArticle article = clerkConvicted(1, List.of());
        produceRaw(topic, article.getArticleId(), encodeWithOlderSchema(article, older));

        ExternalCommand run = runScript(List.of("--topic", topic, "--from-beginning", "--max", "1",
                "--released", RELEASED.toString(), "--released", olderRelease.toString()));

        assertEquals(0, run.exitCode(), run::describe);
        JsonNode line = jsonLines(run).get(0);
        assertEquals("released v0/PublishedArticle.avsc", line.get("writer").asText(),
                "the writer schema is found by the older schema's fingerprint");
        JsonNode value = line.get("value");
        assertEquals("art-1b2c3d", value.get("articleId").asText());
        assertEquals("Jury convicts former county clerk of taking $1.2 million from road fund",
                value.get("headline").asText());
        assertEquals(List.of("embezzlement", "county government", "jury verdict"), texts(value.get("keywords")));
        assertTrue(value.get("summary").isNull(),
                "the field the older schema lacks takes the current schema's default (null): " + value);
    }

    @Test
    void stopsWithAClearErrorNamingTheFingerprintOfAnUnknownWriterSchema() throws Exception {
        String topic = kafka.uniqueName("python-unknown-schema");
        kafka.createTopics(1, topic);
        Schema unknown = publishedArticleWithoutSummary();
        PublishedArticle known = clerkConvicted(1, List.of());
        produceRaw(topic, "art-1b2c3d", PUBLISHED_CODEC.encode(known));
        produceRaw(topic, "art-1b2c3d", encodeWithOlderSchema(clerkConvicted(2, List.of()), unknown));
        produceRaw(topic, "art-after", PUBLISHED_CODEC.encode(clerkConvicted(3, List.of())));

        ExternalCommand run = runScript(List.of("--topic", topic, "--from-beginning", "--max", "3"));

        assertEquals(2, run.exitCode(), run::describe);
        List<JsonNode> lines = jsonLines(run);
        assertEquals(List.of("art-1b2c3d/1"), keyVersions(lines, "art-1b2c3d"),
                "the record before the unknown one is printed, nothing after it");
        assertTrue(lines.stream().noneMatch(line -> line.get("key").asText().equals("art-after")), run::describe);
        String fingerprint = String.format("%#018x", SchemaNormalization.parsingFingerprint64(unknown));
        assertTrue(run.stderr().contains("fingerprint is " + fingerprint), run::describe);
        assertTrue(run.stderr().contains("Update your copy of the .avsc files"), run::describe);
        assertTrue(run.stderr().contains(topic + "[0]@1"), "names the record's position: " + run.stderr());
    }

    // --- Fixtures.

    private static PublishedArticle clerkConvicted(long version, List<Correction> corrections) {
        String lede = "A Harbor County jury on Monday convicted the former county clerk of taking $1.2 million "
                + "from a fund meant for road repairs.";
        return published("art-1b2c3d", version, "Jury convicts former county clerk of taking $1.2 million from road fund",
                lede, lede + "\n\nJurors deliberated for two days. Sentencing is set for April 14, prosecutors said.",
                List.of(CRIME_LAW_JUSTICE, ECONOMY), List.of("embezzlement", "county government", "jury verdict"),
                corrections, MONDAY, MONDAY.plus(Duration.ofMinutes(90 * (version - 1))));
    }

    private Producer<String, PublishedArticle> transactionalProducer(Topic<String, PublishedArticle> topic) {
        Properties properties = kafka.producerProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("python-example-tx"));
        return new KafkaProducer<>(properties, new StringSerializer(), topic.valueSerde().serializer());
    }

    private void produceRaw(String topic, String key, byte[] value) throws Exception {
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
        }
    }

    /**
     * PublishedArticle as an imagined earlier release would have had it: EnrichedArticle without its
     * optional {@code summary}. Removing an optional field changes the canonical form, so the
     * fingerprint differs from the current schema's.
     */
    private static Schema publishedArticleWithoutSummary() throws IOException {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(PublishedArticle.getClassSchema().toString());
        for (JsonNode field : root.get("fields")) {
            if (field.get("name").asText().equals("article")) {
                ArrayNode enrichedFields = (ArrayNode) field.get("type").get("fields");
                for (int i = 0; i < enrichedFields.size(); i++) {
                    if (enrichedFields.get(i).get("name").asText().equals("summary")) {
                        enrichedFields.remove(i);
                        return new Schema.Parser().parse(root.toString());
                    }
                }
            }
        }
        throw new AssertionError("PublishedArticle.article.summary not found in " + root);
    }

    /** The record as a producer on the older schema writes it: body and fingerprint of that schema. */
    private static byte[] encodeWithOlderSchema(PublishedArticle article, Schema older) throws IOException {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(current, null);
        new SpecificDatumWriter<>(PublishedArticle.class).write(article, encoder);
        encoder.flush();
        // Resolve the current encoding into the older shape (dropping summary), then write it as that writer.
        GenericRecord asOlder = new GenericDatumReader<GenericRecord>(PublishedArticle.getClassSchema(), older)
                .read(null, DecoderFactory.get().binaryDecoder(current.toByteArray(), null));
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(asOlder);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /** A released-schemas folder as the schemas module keeps one: a RELEASES list and the files. */
    private Path release(String version, Schema schema) {
        try {
            Path root = Files.createDirectories(work.resolve("released"));
            Files.createDirectories(root.resolve(version));
            Files.writeString(root.resolve(version).resolve(schema.getName() + ".avsc"), schema.toString(true));
            Files.writeString(root.resolve("RELEASES"), "# crafted by the test\n" + version + "/" + schema.getName() + ".avsc\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExternalCommand runScript(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPT.toString()));
        command.addAll(arguments);
        // The bootstrap comes from the environment, as it does for the services.
        return ExternalCommand.run(SCRIPT_LIMIT, work, Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                command);
    }

    private static List<JsonNode> jsonLines(ExternalCommand run) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.stdoutText().split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line + "\n" + run.describe(), e);
                }
            }
        }
        return lines;
    }

    /** "key/version" (or "key/tombstone") of the key's lines, in the order printed. */
    private static List<String> keyVersions(List<JsonNode> lines, String key) {
        return lines.stream()
                .filter(line -> line.get("key").asText().equals(key))
                .map(line -> key + "/" + (line.get("value").isNull() ? "tombstone" : line.get("value").get("version").asText()))
                .toList();
    }

    private static JsonNode lineOf(List<JsonNode> lines, String key, long version) {
        return lines.stream()
                .filter(line -> line.get("key").asText().equals(key) && !line.get("value").isNull()
                        && line.get("value").get("version").asLong() == version)
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + key + " v" + version + " in " + lines));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
