package io.newsdesk.enrich;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.InvalidSubmissionException;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.schemas.TaggedArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich topology on a {@link TopologyTestDriver} configured with the service's real Streams
 * properties, so the platform's dead-letter exception handlers run as in production.
 */
class EnrichTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:16:00Z");
    private static final Instant EVENT_TIME = Instant.parse("2026-03-02T09:15:30Z");
    private static final String ARTICLE_ID = "riverside-ledger:4711";

    private final Topics topics = Topics.withPrefix("test-");
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void aRawPageFlowsToTaggedWithCleanContentAndKeywords() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, SampleArticles.harborPilotPage(ARTICLE_ID), EVENT_TIME));

        TestRecord<String, TaggedArticle> tagged = output(topics.tagged()).readRecord();
        assertEquals(ARTICLE_ID, tagged.key());
        assertEquals("Harbor Pilot Cleared of Smuggling Charges", tagged.value().getContent().getHeadline());
        assertEquals(SampleArticles.HARBOR_PILOT_TEXT, tagged.value().getContent().getText());
        assertEquals(List.of("harbor pilot", "smuggling charges", "Dana Whitfield", "port", "Mara Lopez", "U.S. Attorney", "verdict", "Riverside"),
                tagged.value().getKeywords());
        assertEquals(Set.of("news-page-cleaner", "media-topics", "keywords"), tagged.value().getProcessors().keySet());
        assertEquals(NOW, tagged.value().getTaggedAt());
        assertEquals(EVENT_TIME, tagged.getRecordTime(), "the record keeps its event time");
    }

    @Test
    void aRawPageFlowsOnToEnrichedWithReadingStatsLanguageSlugAndSummary() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
        Submission page = SampleArticles.harborPilotPage(ARTICLE_ID);

        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, page, EVENT_TIME));

        List<KeyValue<String, EnrichedArticle>> enriched = output(topics.enriched()).readKeyValuesToList();
        assertEquals(1, enriched.size());
        assertEquals(ARTICLE_ID, enriched.get(0).key);
        EnrichedArticle article = enriched.get(0).value;
        assertEquals(page, article.getSubmission());
        assertEquals(SampleArticles.HARBOR_PILOT_TEXT, article.getContent().getText());
        assertEquals(76, article.getWordCount());
        assertEquals(20, article.getReadingTimeSeconds());
        assertEquals("en", article.getLanguage());
        assertEquals("harbor-pilot-cleared-of-smuggling-charges-c900f2b1", article.getSlug());
        assertEquals(List.of("harbor pilot", "smuggling charges", "Dana Whitfield", "port", "Mara Lopez", "U.S. Attorney", "verdict", "Riverside"), article.getKeywords());
        assertTrue(article.getSummary().startsWith("A federal jury on Tuesday acquitted a harbor pilot"), article.getSummary());
        assertEquals(Set.of("news-page-cleaner", "media-topics", "keywords", "language", "reading-stats", "lede-summary",
                "slug", "entities", "quotes", "cited-sources", "figures"), article.getProcessors().keySet());
        // an acquittal at trial: "trial (court)" under crime, law and justice
        assertEquals("medtop:20000111", article.getTopics().get(0).getCode(), article.getTopics().toString());
        assertEquals("medtop:02000000", article.getTopics().get(0).getBroader().get(2).getCode());
        assertEquals(NOW, article.getEnrichedAt());
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void anUndecodableSubmissionIsDeadLetteredWithItsBytesAndTheNextOneStillFlows() {
        startCapturingDeserializationDeadLetters(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
        byte[] garbage = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);

        raw(topics.submitted()).pipeInput(new TestRecord<>(bytes("bad-1"), garbage, EVENT_TIME));
        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, SampleArticles.harborPilotPage(ARTICLE_ID), EVENT_TIME));

        TestRecord<byte[], DeadLetter> dead = deadLetters().readRecord();
        assertArrayEquals(bytes("bad-1"), dead.key());
        DeadLetter letter = dead.value();
        assertEquals("enrich.deserialize@" + EnrichTopology.TAGGING_SOURCE, letter.getStage());
        assertEquals(topics.submitted().name(), letter.getSourceTopic());
        assertArrayEquals(garbage, array(letter.getOriginalValue()));
        assertArrayEquals(bytes("bad-1"), array(letter.getOriginalKey()));
        assertTrue(letter.getExceptionMessage().contains("SerializationException"), letter.getExceptionMessage());
        assertTrue(deadLetters().isEmpty());
        assertEquals(ARTICLE_ID, output(topics.enriched()).readRecord().key());
    }

    @Test
    void anUndecodableTaggedRecordIsDeadLetteredAndTheNextOneStillFlows() {
        ArticleProcessor processor = StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        startCapturingDeserializationDeadLetters(processor);
        byte[] garbage = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        TaggedArticle good = processor.tag(SampleArticles.harborPilotPage(ARTICLE_ID));

        raw(topics.tagged()).pipeInput(new TestRecord<>(bytes("bad-2"), garbage, EVENT_TIME));
        driver.createInputTopic(topics.tagged().name(), topics.tagged().keySerde().serializer(),
                topics.tagged().valueSerde().serializer()).pipeInput(new TestRecord<>(ARTICLE_ID, good, EVENT_TIME));

        DeadLetter letter = deadLetters().readValue();
        assertEquals("enrich.deserialize@" + EnrichTopology.ENRICHMENT_SOURCE, letter.getStage());
        assertEquals(topics.tagged().name(), letter.getSourceTopic());
        assertArrayEquals(garbage, array(letter.getOriginalValue()));
        EnrichedArticle enriched = output(topics.enriched()).readValue();
        assertEquals(good.getContent(), enriched.getContent());
        assertEquals(76, enriched.getWordCount());
    }

    @Test
    void aRecordAStepThrowsOnIsDeadLetteredWithTheReasonAndTheStreamGoesOn() {
        Enricher failsOnQuotes = new Enricher() {
            @Override
            public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
                if (article.getContent().getText().contains("\"")) {
                    throw new IllegalStateException("unbalanced quotation in " + article.getSubmission().getArticleId());
                }
                article.setSummary("fine");
            }

            @Override
            public String name() {
                return "quote-check";
            }

            @Override
            public String version() {
                return "1";
            }
        };
        start(new ArticleProcessor(StandardProcessors.cleaner(AnalysisSettings.defaults()), List.of(),
                List.of(failsOnQuotes), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, SampleArticles.harborPilotPage(ARTICLE_ID), EVENT_TIME));
        submissions().pipeInput(new TestRecord<>("ok-1", SampleArticles.textArticle("ok-1", "Fine", "No quotes here."), EVENT_TIME));

        DeadLetter letter = deadLetters().readValue();
        assertEquals("enrich.process@" + EnrichTopology.ENRICHMENT_ENRICH, letter.getStage());
        assertEquals(IllegalStateException.class.getName(), letter.getExceptionClass());
        assertTrue(letter.getExceptionMessage().contains("unbalanced quotation in " + ARTICLE_ID), letter.getExceptionMessage());
        assertEquals(topics.tagged().name(), letter.getSourceTopic(), "the failing record's own input topic");
        TaggedArticle original = topics.tagged().valueSerde().deserializer()
                .deserialize(topics.tagged().name(), array(letter.getOriginalValue()));
        assertEquals(ARTICLE_ID, original.getSubmission().getArticleId());
        List<KeyValue<String, EnrichedArticle>> enriched = output(topics.enriched()).readKeyValuesToList();
        assertEquals(List.of("ok-1"), enriched.stream().map(kv -> kv.key).toList());
        assertEquals("fine", enriched.get(0).value.getSummary());
    }

    @Test
    void aSubmissionWrittenStraightToKafkaThatBreaksTheRulesIsDeadLetteredWithEveryProblem() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
        Submission broken = SampleArticles.submission(ARTICLE_ID)
                .setChannel(SubmissionChannel.KAFKA).setBody(" ").setUrl("ftp://files.example/x").setVersion(-2)
                .build();

        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, broken, EVENT_TIME));
        submissions().pipeInput(new TestRecord<>("ok-2", SampleArticles.textArticle("ok-2", "Fine", "A valid one."), EVENT_TIME));

        DeadLetter letter = deadLetters().readValue();
        assertEquals("enrich.process@" + EnrichTopology.TAGGING_TAG, letter.getStage());
        assertEquals(InvalidSubmissionException.class.getName(), letter.getExceptionClass());
        assertTrue(letter.getExceptionMessage().contains("version: must be 1 or more"), letter.getExceptionMessage());
        assertTrue(letter.getExceptionMessage().contains("body: must not be empty"), letter.getExceptionMessage());
        assertTrue(letter.getExceptionMessage().contains("url: must be an absolute http or https URL"), letter.getExceptionMessage());
        assertEquals(broken, topics.submitted().valueSerde().deserializer()
                .deserialize(topics.submitted().name(), array(letter.getOriginalValue())), "the original bytes are kept");
        assertEquals(List.of("ok-2"), output(topics.tagged()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void aSubmissionNotKeyedByItsArticleIdIsDeadLettered() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>("someone-else", SampleArticles.harborPilotPage(ARTICLE_ID), EVENT_TIME));

        DeadLetter letter = deadLetters().readValue();
        assertEquals("enrich.process@" + EnrichTopology.TAGGING_TAG, letter.getStage());
        assertTrue(letter.getExceptionMessage().contains("record key 'someone-else' is not its articleId '" + ARTICLE_ID + "'"),
                letter.getExceptionMessage());
        assertTrue(output(topics.tagged()).isEmpty());
    }

    @Test
    void tombstonesAreSkippedWithoutOutputOrDeadLetter() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>("gone", null, EVENT_TIME));
        driver.createInputTopic(topics.tagged().name(), topics.tagged().keySerde().serializer(),
                topics.tagged().valueSerde().serializer()).pipeInput(new TestRecord<>("gone", null, EVENT_TIME));
        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, SampleArticles.harborPilotPage(ARTICLE_ID), EVENT_TIME));

        // The driver processes synchronously: had the tombstones produced anything, it would be there first.
        assertEquals(List.of(ARTICLE_ID), output(topics.tagged()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        assertEquals(List.of(ARTICLE_ID), output(topics.enriched()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void aSubmissionLeftToTheLogCarriesItsOffsetPlusOneOnTaggedAndEnriched() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
        String other = "riverside-ledger:4712";

        // Offsets 0, 1 and 2 of the input partition: two versions of one article around another article.
        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, Submission.newBuilder(SampleArticles.harborPilotPage(ARTICLE_ID))
                .setVersion(0).build(), EVENT_TIME));
        submissions().pipeInput(new TestRecord<>(other, Submission.newBuilder(
                SampleArticles.textArticle(other, "Ferry", "The ferry runs.")).setVersion(0).build(), EVENT_TIME));
        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, Submission.newBuilder(SampleArticles.harborPilotPage(ARTICLE_ID))
                .setVersion(0).setExpectedVersion(1L).build(), EVENT_TIME));

        assertEquals(List.of(ARTICLE_ID + "@1", other + "@2", ARTICLE_ID + "@3"), output(topics.tagged())
                .readValuesToList().stream().map(t -> t.getSubmission().getArticleId() + "@" + t.getSubmission().getVersion()).toList());
        List<EnrichedArticle> enriched = output(topics.enriched()).readValuesToList();
        assertEquals(List.of(1L, 2L, 3L), enriched.stream().map(e -> e.getSubmission().getVersion()).toList());
        assertEquals(1L, enriched.get(2).getSubmission().getExpectedVersion(), "the base version travels on for publish");
        assertTrue(deadLetters().isEmpty());
    }

    @Test
    void aSubmissionWithItsOwnVersionKeepsIt() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, Submission.newBuilder(SampleArticles.harborPilotPage(ARTICLE_ID))
                .setVersion(41).build(), EVENT_TIME));

        assertEquals(41, output(topics.enriched()).readValue().getSubmission().getVersion());
    }

    @Test
    void versionsTheLogGivesAfterOnesTheOldIngestCountedAreHigher() {
        start(StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

        // Release v1's ingest numbered an article's versions 1, 2, 3; its n-th record sits at offset n - 1 or
        // later, so the next record's offset + 1 is above all of them (here the tightest case: nothing between).
        for (long counted = 1; counted <= 3; counted++) {
            submissions().pipeInput(new TestRecord<>(ARTICLE_ID, Submission.newBuilder(SampleArticles.harborPilotPage(ARTICLE_ID))
                    .setVersion(counted).build(), EVENT_TIME));
        }
        submissions().pipeInput(new TestRecord<>(ARTICLE_ID, Submission.newBuilder(SampleArticles.harborPilotPage(ARTICLE_ID))
                .setVersion(0).build(), EVENT_TIME));

        assertEquals(List.of(1L, 2L, 3L, 4L), output(topics.enriched()).readValuesToList().stream()
                .map(e -> e.getSubmission().getVersion()).toList());
    }

    @Test
    void processorSourceAndSinkNamesArePinned() {
        Topology topology = EnrichTopology.build(topics, StandardProcessors.create());
        List<TopologyDescription.Subtopology> subtopologies = new ArrayList<>(topology.describe().subtopologies());
        subtopologies.sort((a, b) -> Integer.compare(a.id(), b.id()));

        assertEquals(2, subtopologies.size(), "tagging and enrichment are separate topic hops");
        assertEquals(new TreeSet<>(Set.of("tagging-source", "tagging-skip-tombstones", "tagging-version", "tagging-tag",
                        "tagging-sink")),
                names(subtopologies.get(0)));
        assertEquals(new TreeSet<>(Set.of("enrichment-source", "enrichment-skip-tombstones", "enrichment-enrich",
                "enrichment-sink")), names(subtopologies.get(1)));
        TopologyDescription.Source tagging = (TopologyDescription.Source) node(subtopologies.get(0), "tagging-source");
        assertEquals(Set.of("test-articles.submitted"), tagging.topicSet());
        TopologyDescription.Sink taggedSink = (TopologyDescription.Sink) node(subtopologies.get(0), "tagging-sink");
        assertEquals("test-articles.tagged", taggedSink.topic());
        TopologyDescription.Source enrichment = (TopologyDescription.Source) node(subtopologies.get(1), "enrichment-source");
        assertEquals(Set.of("test-articles.tagged"), enrichment.topicSet());
        TopologyDescription.Sink enrichedSink = (TopologyDescription.Sink) node(subtopologies.get(1), "enrichment-sink");
        assertEquals("test-articles.enriched", enrichedSink.topic());
        assertTrue(topology.describe().globalStores().isEmpty());
    }

    private void start(ArticleProcessor processor) {
        driver = new TopologyTestDriver(EnrichTopology.build(topics, processor), serviceProperties(), NOW);
    }

    /**
     * The service's properties except the processing guarantee. Under exactly-once the driver loses the
     * dead letters of undecodable records: the deserialization handler's records join the open
     * transaction, and the driver's next {@code MockProducer.clear()} discards it before any commit. With
     * at-least-once the same handler's records are captured. EnrichServiceIT checks the exactly-once
     * path on a real broker.
     */
    private void startCapturingDeserializationDeadLetters(ArticleProcessor processor) {
        Properties props = serviceProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(EnrichTopology.build(topics, processor), props, NOW);
    }

    private Properties serviceProperties() {
        ConfigSource config = ConfigSource.load(EnrichConfig.DEFAULTS, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                "NEWSDESK_TOPIC_PREFIX", "test-",
                "NEWSDESK_STATE_DIR", stateDir.toString()));
        Properties props = EnrichConfig.from(config).streamsProperties();
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        return props;
    }

    private TestInputTopic<String, Submission> submissions() {
        return driver.createInputTopic(topics.submitted().name(), topics.submitted().keySerde().serializer(),
                topics.submitted().valueSerde().serializer());
    }

    private TestInputTopic<byte[], byte[]> raw(Topic<?, ?> topic) {
        return driver.createInputTopic(topic.name(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private TestOutputTopic<byte[], DeadLetter> deadLetters() {
        return output(topics.deadLetters());
    }

    private static Set<String> names(TopologyDescription.Subtopology subtopology) {
        Set<String> names = new TreeSet<>();
        subtopology.nodes().forEach(n -> names.add(n.name()));
        return names;
    }

    private static TopologyDescription.Node node(TopologyDescription.Subtopology subtopology, String name) {
        return subtopology.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] array(ByteBuffer buffer) {
        assertTrue(buffer != null, "expected bytes");
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
