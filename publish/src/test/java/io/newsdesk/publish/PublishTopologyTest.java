package io.newsdesk.publish;

import static io.newsdesk.publish.ArticleFixture.CRIME;
import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.publish.rules.PublishRules;
import io.newsdesk.publish.rules.Routes;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every publishing rule, driven through the real topology with TopologyTestDriver and its mock wall clock. */
class PublishTopologyTest {
    private static final String APP_ID = "newsdesk-publish-test";
    private static final Instant START = Instant.parse("2025-03-04T15:00:00Z");
    private static final Duration CHECK = Duration.ofMillis(250);
    private static final String ROUTES = "crime-law-justice=topic:" + CRIME + ",courts=section:courts,wire=source:wire";

    private final Topics topics = Topics.standard();
    private final PublishRules rules = new PublishRules(Routes.parse(ROUTES));

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, PublishedArticle> published;
    private TestOutputTopic<String, ArticleEvent> events;
    /** Wall-clock time advanced since {@link #START}, for failure messages. */
    private long elapsedMs;

    @BeforeEach
    void open() {
        open(START);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void open(Instant wallClock) {
        open(wallClock, StreamsConfig.EXACTLY_ONCE_V2);
    }

    private void open(Instant wallClock, String processingGuarantee) {
        Properties props = StreamsSettings.exactlyOnce(APP_ID, "publish", new KafkaClientConfig("localhost:9092", Map.of()),
                topics.deadLetters().name(), stateDir.toString(), 1, 100);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        driver = new TopologyTestDriver(PublishTopology.build(topics, rules, CHECK), props, wallClock);
        enriched = driver.createInputTopic(topics.enriched().name(), new StringSerializer(),
                topics.enriched().valueSerde().serializer());
        published = output(topics.published().name());
        events = driver.createOutputTopic(topics.events().name(), new StringDeserializer(),
                topics.events().valueSerde().deserializer());
    }

    private TestOutputTopic<String, PublishedArticle> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), topics.published().valueSerde().deserializer());
    }

    private TestOutputTopic<String, PublishedArticle> slice(String name) {
        return output(topics.publishedSlice(name));
    }

    private void send(EnrichedArticle version) {
        enriched.pipeInput(version.getSubmission().getArticleId(), version);
    }

    private Instant wallClock() {
        return START.plus(Duration.ofMillis(elapsedMs));
    }

    private void advance(Duration by) {
        elapsedMs += by.toMillis();
        driver.advanceWallClockTime(by);
    }

    private static String reason(TestRecord<String, ?> tombstone) {
        Header header = tombstone.headers().lastHeader(TombstoneReason.HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<EventType> types(List<ArticleEvent> list) {
        return list.stream().map(ArticleEvent::getType).toList();
    }

    // --- names -----------------------------------------------------------------------------------

    @Test
    void processorsStoresAndSinksHaveTheirPinnedNames() {
        Topology topology = PublishTopology.build(topics, rules, CHECK);
        TopologyDescription description = topology.describe();
        assertEquals(1, description.subtopologies().size(), "no repartition: input is keyed by articleId");
        Map<String, TopologyDescription.Node> nodes = description.subtopologies().iterator().next().nodes().stream()
                .collect(Collectors.toMap(TopologyDescription.Node::name, n -> n));
        assertEquals(new TreeSet<>(Set.of("publish-enriched-source", "publish-rules", "publish-published-sink",
                "publish-events-sink", "publish-slice-crime-law-justice-sink", "publish-slice-courts-sink",
                "publish-slice-wire-sink")), new TreeSet<>(nodes.keySet()));
        assertEquals(Set.of("articles.enriched"),
                ((TopologyDescription.Source) nodes.get("publish-enriched-source")).topicSet());
        assertEquals(Set.of("publish-versions-store", "publish-live-store", "publish-embargo-store"),
                ((TopologyDescription.Processor) nodes.get("publish-rules")).stores());
        assertEquals("articles.published", ((TopologyDescription.Sink) nodes.get("publish-published-sink")).topic());
        assertEquals("articles.events", ((TopologyDescription.Sink) nodes.get("publish-events-sink")).topic());
        assertEquals("articles.published.crime-law-justice",
                ((TopologyDescription.Sink) nodes.get("publish-slice-crime-law-justice-sink")).topic());
    }

    @Test
    void everyStoreIsChangeloggedUnderItsPinnedTopicName() {
        send(article("a1").courtStory().build());
        send(article("a2").embargoedUntil(START.plusSeconds(60)).build());
        assertTrue(driver.producedTopicNames().containsAll(Set.of(
                APP_ID + "-publish-versions-store-changelog",
                APP_ID + "-publish-live-store-changelog",
                APP_ID + "-publish-embargo-store-changelog")), driver.producedTopicNames().toString());
    }

    @Test
    void intervalAboveOneSecondIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PublishTopology.build(topics, rules, Duration.ofMillis(1500)));
        assertTrue(e.getMessage().contains("at most PT1S"), e.getMessage());
    }

    // --- versions ------------------------------------------------------------------------------------

    @Test
    void usableVersionIsPublishedWithAPublishedEvent() {
        Instant received = START.minusSeconds(5);
        send(article("a1").slug("ferry-a1").receivedAt(received).build());
        TestRecord<String, PublishedArticle> out = published.readRecord();
        assertEquals("a1", out.key());
        assertEquals(1, out.value().getVersion());
        assertEquals("ferry-a1", out.value().getSlug());
        assertEquals("Harbor Township council approves new ferry schedule",
                out.value().getArticle().getContent().getHeadline());
        assertEquals(START, out.value().getPublishedAt());
        assertEquals(START, out.value().getFirstPublishedAt());
        ArticleEvent event = events.readValue();
        assertEquals("a1:v1:PUBLISHED", event.getEventId());
        assertEquals(EventType.PUBLISHED, event.getType());
        assertEquals(received, event.getReceivedAt());
        assertEquals(START, event.getAt());
        assertTrue(published.isEmpty());
        assertTrue(events.isEmpty());
    }

    @Test
    void versionsOutOfOrderNeverOverwriteANewerOneOnAnyOutput() {
        TestOutputTopic<String, PublishedArticle> courts = slice("courts");
        send(article("a1").version(1).courtStory().build());
        send(article("a1").version(3).courtStory().headline("Township will appeal court's zoning order").build());
        send(article("a1").version(2).courtStory().headline("Stale headline that must never appear").build());

        assertEquals(List.of(1L, 3L), published.readValuesToList().stream().map(PublishedArticle::getVersion).toList());
        List<ArticleEvent> all = events.readValuesToList();
        assertEquals(List.of(EventType.PUBLISHED, EventType.UPDATED), types(all));
        assertEquals(List.of(1L, 3L), all.stream().map(ArticleEvent::getVersion).toList());
        List<PublishedArticle> inSlice = courts.readValuesToList();
        assertEquals(List.of(1L, 3L), inSlice.stream().map(PublishedArticle::getVersion).toList());
        assertTrue(inSlice.stream().noneMatch(p -> p.getArticle().getContent().getHeadline().startsWith("Stale")));
        KeyValueStore<String, Long> versions = driver.getKeyValueStore(PublishTopology.VERSIONS_STORE);
        assertEquals(3L, versions.get("a1"));
    }

    @Test
    void duplicateVersionIsDropped() {
        send(article("a1").version(1).build());
        send(article("a1").version(1).headline("Same version delivered again").build());
        List<PublishedArticle> out = published.readValuesToList();
        assertEquals(1, out.size());
        assertEquals("Harbor Township council approves new ferry schedule", out.get(0).getArticle().getContent().getHeadline());
        assertEquals(List.of(EventType.PUBLISHED), types(events.readValuesToList()));
    }

    @Test
    void staleVersionCannotRetractANewerOne() {
        send(article("a1").version(1).build());
        send(article("a1").version(2).build());
        send(article("a1").version(1).status(PubStatus.CANCELED).build());
        assertEquals(2, published.readValuesToList().size());
        assertEquals(List.of(EventType.PUBLISHED, EventType.UPDATED), types(events.readValuesToList()));
    }

    // --- pubStatus -----------------------------------------------------------------------------------

    @Test
    void withheldUnpublishesAndALaterUsableVersionRepublishesUnderTheSameSlug() {
        send(article("a1").version(1).slug("ferry-a1").build());
        send(article("a1").version(2).status(PubStatus.WITHHELD).build());
        send(article("a1").version(3).slug("ferry-renamed-a1").headline("Council approves ferry schedule after delay").build());

        List<TestRecord<String, PublishedArticle>> out = published.readRecordsToList();
        assertEquals(3, out.size());
        assertNull(out.get(1).value(), "withholding a published article writes a tombstone");
        assertEquals("WITHHELD", reason(out.get(1)));
        assertEquals(3, out.get(2).value().getVersion());
        assertEquals("ferry-a1", out.get(2).value().getSlug());
        assertEquals(List.of(EventType.PUBLISHED, EventType.WITHHELD, EventType.PUBLISHED), types(events.readValuesToList()));
    }

    @Test
    void withheldArticleThatWasNeverPublishedStaysUnpublished() {
        send(article("a1").version(1).status(PubStatus.WITHHELD).build());
        assertTrue(published.isEmpty());
        assertTrue(events.isEmpty());
        send(article("a1").version(2).build());
        assertEquals(2, published.readValue().getVersion());
        assertEquals(EventType.PUBLISHED, events.readValue().getType());
    }

    @Test
    void canceledRetractsWithATombstoneAndARetractedEvent() {
        send(article("a1").version(1).slug("ferry-a1").build());
        published.readRecordsToList();
        events.readValuesToList();
        Instant received = START.plusSeconds(30);
        send(article("a1").version(2).status(PubStatus.CANCELED).receivedAt(received).build());

        TestRecord<String, PublishedArticle> tombstone = published.readRecord();
        assertEquals("a1", tombstone.key());
        assertNull(tombstone.value());
        assertEquals("RETRACTED", reason(tombstone));
        ArticleEvent event = events.readValue();
        assertEquals(EventType.RETRACTED, event.getType());
        assertEquals("a1:v2:RETRACTED", event.getEventId());
        assertEquals("ferry-a1", event.getSlug());
        assertEquals(received, event.getReceivedAt());
        KeyValueStore<String, LiveArticle> live = driver.getKeyValueStore(PublishTopology.LIVE_STORE);
        assertEquals(LiveArticle.State.RETRACTED, live.get("a1").state());
    }

    @Test
    void retractionRemovesAHeldEmbargoSoItIsNeverReleased() {
        send(article("a1").version(1).embargoedUntil(START.plusSeconds(5)).build());
        send(article("a1").version(2).status(PubStatus.CANCELED).build());
        KeyValueStore<String, EnrichedArticle> embargo = driver.getKeyValueStore(PublishTopology.EMBARGO_STORE);
        assertNull(embargo.get("a1"));
        advance(Duration.ofSeconds(6));
        advance(CHECK);
        assertTrue(published.isEmpty(), "nothing was published, before or after the embargo's end");
        assertTrue(events.isEmpty());
    }

    // --- corrections ---------------------------------------------------------------------------------

    @Test
    void correctionAppendsToTheRecordAndIsACorrectedEvent() {
        send(article("a1").version(1).build());
        send(article("a1").version(2).correction("The ferry leaves at 7:15, not 7:50.").build());
        send(article("a1").version(3).build());
        List<PublishedArticle> out = published.readValuesToList();
        assertEquals(3, out.size());
        assertEquals(List.of(), out.get(0).getCorrections());
        assertEquals(1, out.get(1).getCorrections().size());
        assertEquals("The ferry leaves at 7:15, not 7:50.", out.get(1).getCorrections().get(0).getNote());
        assertEquals(out.get(1).getCorrections(), out.get(2).getCorrections(), "later versions keep the correction");
        List<ArticleEvent> all = events.readValuesToList();
        assertEquals(List.of(EventType.PUBLISHED, EventType.CORRECTED, EventType.UPDATED), types(all));
        assertEquals("The ferry leaves at 7:15, not 7:50.", all.get(1).getCorrectionNote());
    }

    // --- embargo -------------------------------------------------------------------------------------

    @Test
    void embargoedArticleIsReleasedWithinASecondOfTheEmbargoEnd() {
        Instant until = START.plusSeconds(10);
        send(article("a1").embargoedUntil(until).build());
        assertTrue(published.isEmpty());
        assertTrue(events.isEmpty());
        KeyValueStore<String, EnrichedArticle> embargo = driver.getKeyValueStore(PublishTopology.EMBARGO_STORE);
        assertEquals(1, embargo.get("a1").getSubmission().getVersion());

        advance(Duration.ofMillis(9_900));
        assertTrue(published.isEmpty(), "still under embargo at " + wallClock());
        advance(CHECK);
        PublishedArticle out = published.readValue();
        assertEquals(1, out.getVersion());
        Duration late = Duration.between(until, out.getPublishedAt());
        assertTrue(!late.isNegative() && late.compareTo(Duration.ofSeconds(1)) < 0, "released " + late + " after the end");
        ArticleEvent event = events.readValue();
        assertEquals(EventType.PUBLISHED, event.getType());
        assertEquals(out.getPublishedAt(), event.getAt());
        assertNull(embargo.get("a1"));
        advance(Duration.ofSeconds(2));
        assertTrue(published.isEmpty(), "released once");
    }

    @Test
    void updateToAnEmbargoedArticleReplacesWhatIsHeld() {
        send(article("a1").version(1).headline("First draft under embargo").embargoedUntil(START.plusSeconds(10)).build());
        send(article("a1").version(2).headline("Final copy under a later embargo").embargoedUntil(START.plusSeconds(20)).build());
        advance(Duration.ofSeconds(12));
        assertTrue(published.isEmpty(), "the first embargo no longer applies: version 2 replaced it");
        advance(Duration.ofSeconds(9));
        List<PublishedArticle> out = published.readValuesToList();
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).getVersion());
        assertEquals("Final copy under a later embargo", out.get(0).getArticle().getContent().getHeadline());
        assertEquals(List.of(EventType.PUBLISHED), types(events.readValuesToList()));
    }

    @Test
    void updateWithoutEmbargoPublishesAtOnceAndSupersedesTheHeldVersion() {
        send(article("a1").version(1).embargoedUntil(START.plusSeconds(10)).build());
        send(article("a1").version(2).headline("Embargo lifted early by the newsroom").build());
        assertEquals(2, published.readValue().getVersion());
        advance(Duration.ofSeconds(11));
        assertTrue(published.isEmpty(), "the superseded version 1 is never released");
        assertEquals(List.of(EventType.PUBLISHED), types(events.readValuesToList()));
    }

    @Test
    void correctionsAndUpdatesAfterTheEmbargoPassedPublishNormally() {
        Instant until = START.plusSeconds(5);
        send(article("a1").version(1).embargoedUntil(until).build());
        advance(Duration.ofSeconds(6));
        // Later versions keep the (now past) embargo time, as wires do: it must not hold them again.
        send(article("a1").version(2).embargoedUntil(until).correction("The vote was 5-2.").build());
        send(article("a1").version(3).embargoedUntil(until).build());
        assertEquals(List.of(1L, 2L, 3L), published.readValuesToList().stream().map(PublishedArticle::getVersion).toList());
        assertEquals(List.of(EventType.PUBLISHED, EventType.CORRECTED, EventType.UPDATED), types(events.readValuesToList()));
    }

    @Test
    void heldEmbargoSurvivesARestartAndIsReleasedAfterIt() {
        send(article("a1").version(1).courtStory().build());
        send(article("a2").version(4).headline("Embargoed budget report").embargoedUntil(START.plusSeconds(30)).build());
        published.readRecordsToList();
        events.readRecordsToList();
        // What the stores wrote to their changelogs is what a restarted instance restores.
        Map<String, List<TestRecord<String, byte[]>>> changelogs = new java.util.LinkedHashMap<>();
        for (String store : List.of(PublishTopology.VERSIONS_STORE, PublishTopology.LIVE_STORE, PublishTopology.EMBARGO_STORE)) {
            changelogs.put(store, driver.createOutputTopic(PublishTopology.changelog(APP_ID, store),
                    new StringDeserializer(), new ByteArrayDeserializer()).readRecordsToList());
        }
        assertEquals(1, changelogs.get(PublishTopology.EMBARGO_STORE).size());
        driver.close();

        // The service is down while the embargo ends. TopologyTestDriver wipes its state directory on
        // close and never restores from changelogs, so the new driver on the same state directory gets
        // the changelog replayed into its stores, as Kafka Streams' restoration does on a real restart.
        open(START.plusSeconds(45));
        restore(PublishTopology.VERSIONS_STORE, Serdes.Long(), changelogs);
        restore(PublishTopology.LIVE_STORE, new LiveArticleSerde(), changelogs);
        restore(PublishTopology.EMBARGO_STORE, topics.enriched().valueSerde(), changelogs);
        assertTrue(published.isEmpty());

        advance(CHECK);
        PublishedArticle released = published.readValue();
        assertEquals("a2", released.getArticleId());
        assertEquals(4, released.getVersion());
        assertEquals(EventType.PUBLISHED, events.readValue().getType());
        // The restored versions and live stores still apply their rules across the restart.
        send(article("a1").version(1).courtStory().headline("Redelivered after restart").build());
        send(article("a1").version(2).courtStory().build());
        assertEquals(List.of(2L), published.readValuesToList().stream().map(PublishedArticle::getVersion).toList());
        assertEquals(List.of(EventType.UPDATED), types(events.readValuesToList()));
    }

    private <V> void restore(String store, org.apache.kafka.common.serialization.Serde<V> serde,
                             Map<String, List<TestRecord<String, byte[]>>> changelogs) {
        KeyValueStore<String, V> kv = driver.getKeyValueStore(store);
        for (TestRecord<String, byte[]> r : changelogs.get(store)) {
            if (r.value() == null) {
                kv.delete(r.key());
            } else {
                kv.put(r.key(), serde.deserializer().deserialize(store, r.value()));
            }
        }
    }

    // --- routing -------------------------------------------------------------------------------------

    @Test
    void publishedArticlesGoToEveryMatchingSliceAndOnlyThere() {
        TestOutputTopic<String, PublishedArticle> crime = slice("crime-law-justice");
        TestOutputTopic<String, PublishedArticle> courts = slice("courts");
        TestOutputTopic<String, PublishedArticle> wire = slice("wire");
        send(article("court").courtStory().build());
        send(article("ferry").build());
        send(article("wired").source("wire").build());

        assertEquals(List.of("court"), crime.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        assertEquals(List.of("court"), courts.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        assertEquals(List.of("wired"), wire.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void retractionAndWithholdingReachEverySliceTheArticleWasRoutedTo() {
        TestOutputTopic<String, PublishedArticle> crime = slice("crime-law-justice");
        TestOutputTopic<String, PublishedArticle> courts = slice("courts");
        TestOutputTopic<String, PublishedArticle> wire = slice("wire");
        send(article("court").version(1).courtStory().build());
        send(article("court").version(2).status(PubStatus.WITHHELD).build());
        send(article("court").version(3).status(PubStatus.CANCELED).build());

        for (TestOutputTopic<String, PublishedArticle> topic : List.of(crime, courts)) {
            List<TestRecord<String, PublishedArticle>> out = topic.readRecordsToList();
            assertEquals(3, out.size());
            assertNotNull(out.get(0).value());
            assertNull(out.get(1).value());
            assertEquals("WITHHELD", reason(out.get(1)));
            assertNull(out.get(2).value());
            assertEquals("RETRACTED", reason(out.get(2)));
        }
        assertTrue(wire.isEmpty(), "never routed to wire, so no tombstone there");
    }

    @Test
    void updateThatNoLongerMatchesASliceLeavesItWithAnUnroutedTombstone() {
        TestOutputTopic<String, PublishedArticle> crime = slice("crime-law-justice");
        TestOutputTopic<String, PublishedArticle> courts = slice("courts");
        send(article("a1").version(1).courtStory().build());
        send(article("a1").version(2).topic(CRIME).section("metro").build());
        assertEquals(List.of(1L, 2L), crime.readValuesToList().stream().map(PublishedArticle::getVersion).toList());
        List<TestRecord<String, PublishedArticle>> out = courts.readRecordsToList();
        assertEquals(2, out.size());
        assertNull(out.get(1).value());
        assertEquals("UNROUTED", reason(out.get(1)));
        assertNull(reason(out.get(0)));
    }

    // --- dead letters --------------------------------------------------------------------------------

    @Test
    void undecodableInputGoesToTheDeadLetterTopicWithItsBytesAndTheStreamGoesOn() {
        // TopologyTestDriver 4.4 drops the dead letters of the deserialization handler when it runs
        // exactly-once (its mock transaction never sees them), so this test runs the same settings
        // at-least-once; PublishServiceIT checks the exactly-once path on a real broker.
        driver.close();
        open(START, StreamsConfig.AT_LEAST_ONCE);
        TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(topics.enriched().name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        byte[] garbage = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("a9".getBytes(StandardCharsets.UTF_8), garbage);
        send(article("a1").build());

        TestOutputTopic<byte[], DeadLetter> dlq = driver.createOutputTopic(topics.deadLetters().name(),
                new ByteArrayDeserializer(), topics.deadLetters().valueSerde().deserializer());
        TestRecord<byte[], DeadLetter> letter = dlq.readRecord();
        assertArrayEquals("a9".getBytes(StandardCharsets.UTF_8), letter.key());
        assertTrue(letter.value().getStage().startsWith("publish.deserialize"), letter.value().getStage());
        assertEquals("articles.enriched", letter.value().getSourceTopic());
        assertArrayEquals(garbage, bytes(letter.value().getOriginalValue()));
        assertTrue(dlq.isEmpty());
        assertEquals("a1", published.readKeyValue().key, "the next record is processed");
    }

    @Test
    void tombstoneOrMismatchedKeyOnTheInputIsDeadLetteredWithTheReason() {
        enriched.pipeInput("a5", null);
        enriched.pipeInput("other-key", article("a6").build());
        TestOutputTopic<byte[], DeadLetter> dlq = driver.createOutputTopic(topics.deadLetters().name(),
                new ByteArrayDeserializer(), topics.deadLetters().valueSerde().deserializer());
        List<DeadLetter> letters = dlq.readValuesToList();
        assertEquals(2, letters.size());
        assertTrue(letters.get(0).getStage().startsWith("publish.process"), letters.get(0).getStage());
        assertTrue(letters.get(0).getExceptionMessage().contains("retract with pubStatus CANCELED"),
                letters.get(0).getExceptionMessage());
        assertTrue(letters.get(1).getExceptionMessage().contains("record key other-key does not match articleId a6"),
                letters.get(1).getExceptionMessage());
        assertTrue(published.isEmpty());
        KeyValueStore<String, Long> versions = driver.getKeyValueStore(PublishTopology.VERSIONS_STORE);
        assertNull(versions.get("a6"), "a dead-lettered record leaves no trace in the stores");
    }

    private static byte[] bytes(java.nio.ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
