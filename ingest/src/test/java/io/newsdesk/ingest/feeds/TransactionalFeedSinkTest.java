package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.intake.IntakeUnavailableException;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.FeedItemOutcome;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.schemas.codec.AvroCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class TransactionalFeedSinkTest {
    private static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");
    private static final FeedSubscription WIRE = new FeedSubscription("riverton-wire", URI.create("https://wire.riverton.test/rss"));
    private static final int PARTITIONS = 4;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Topics topics = Topics.withPrefix("t-");
    private final FeedItemMapper mapper = new FeedItemMapper(new SubmissionParser(clock));
    /** Every producer the writers made, by transactional id, in order. */
    private final List<String> transactionalIds = new ArrayList<>();

    private FeedItemWriters writers(MockProducer<String, byte[]> producer) {
        return new FeedItemWriters("t-feed-items", id -> {
            transactionalIds.add(id);
            return producer;
        }, PARTITIONS);
    }

    private TransactionalFeedSink sink(FeedItemWriters writers) {
        return new TransactionalFeedSink(writers, topics, new DeadLetters(topics.deadLetters().name(), clock), clock,
                Duration.ofSeconds(2), () -> new UUID(0, 7));
    }

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    private FeedItemMapper.Candidate validCandidate() {
        FeedItem item = new FeedItem("rcw-9", "Hearing adjourned", "The hearing was adjourned to May.", Boolean.FALSE,
                "https://wire.riverton.test/9", null, null, null);
        return mapper.candidate(WIRE, item);
    }

    private ParsedSubmission submission(FeedItemMapper.Candidate candidate) {
        return ((ParseResult.Valid) mapper.validate(candidate)).submission();
    }

    private List<ProducerRecord<String, byte[]>> on(MockProducer<String, byte[]> producer, String topic) {
        return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    @Test
    void aValidItemAndItsStateAreCommittedInOneTransactionOfItsSourcesPartition() {
        MockProducer<String, byte[]> producer = producer(true);
        FeedItemWriters writers = writers(producer);
        int partition = writers.partitionOf("riverton-wire");
        writers.open(partition);
        FeedItemMapper.Candidate candidate = validCandidate();

        FeedItemState state = sink(writers).submit(WIRE, candidate, submission(candidate));

        assertEquals(List.of("t-feed-items-" + partition), transactionalIds);
        assertTrue(producer.transactionCommitted());
        ProducerRecord<String, byte[]> written = on(producer, topics.submitted().name()).get(0);
        Submission record = topics.submitted().valueSerde().deserializer().deserialize(written.topic(), written.value());
        assertEquals(ArticleIds.of("riverton-wire", "rcw-9"), written.key());
        assertEquals(SubmissionChannel.FEED, record.getChannel());
        assertEquals(ArticleVersions.ASSIGNED_BY_THE_LOG, record.getVersion());
        assertEquals("Hearing adjourned", record.getHeadline());

        ProducerRecord<String, byte[]> stateRecord = on(producer, topics.feedItems().name()).get(0);
        assertEquals("riverton-wire:rcw-9", stateRecord.key());
        assertEquals(partition, stateRecord.partition(), "on its source's partition, whose owner polls the source");
        FeedItemState decoded = topics.feedItems().valueSerde().deserializer().deserialize(stateRecord.topic(), stateRecord.value());
        assertEquals(state, decoded);
        assertEquals(FeedItemOutcome.SUBMITTED, state.getOutcome());
        assertEquals(1L, state.getVersion(), "the submission's offset (0) + 1");
        assertEquals(new UUID(0, 7).toString(), state.getSubmissionId());
        assertEquals(candidate.fingerprint(), state.getFingerprint());
        assertEquals(WIRE.url().toString(), state.getFeedUrl());
        assertEquals(NOW, state.getRecordedAt());
    }

    @Test
    void aRejectedItemGoesToTheDeadLetterTopicWithItsStateInOneTransaction() {
        MockProducer<String, byte[]> producer = producer(true);
        FeedItemWriters writers = writers(producer);
        writers.open(writers.partitionOf("riverton-wire"));
        FeedItem item = new FeedItem("rcw-10", null, null, null, null, null, null, null);
        FeedItemMapper.Candidate candidate = mapper.candidate(WIRE, item);
        List<String> problems = ((ParseResult.Invalid) mapper.validate(candidate)).problems();
        FeedRejection rejection = new FeedRejection(WIRE, candidate.externalId(), problems, candidate.json(), NOW);

        FeedItemState state = sink(writers).reject(rejection, candidate);

        assertTrue(producer.transactionCommitted());
        assertEquals(2, producer.history().size());
        ProducerRecord<String, byte[]> letter = on(producer, topics.deadLetters().name()).get(0);
        assertEquals(ArticleIds.of("riverton-wire", "rcw-10"), letter.key());
        DeadLetter decoded = AvroCodec.of(DeadLetter.class).decode(letter.value());
        assertEquals(TransactionalFeedSink.DLQ_STAGE, decoded.getStage());
        assertEquals(FeedItemRejectedException.class.getName(), decoded.getExceptionClass());
        assertTrue(decoded.getExceptionMessage().contains("feed item \"rcw-10\" of riverton-wire=https://wire.riverton.test/rss "
                + "rejected: headline: required; body: required"), decoded.getExceptionMessage());
        assertArrayEquals(candidate.json(), decoded.getOriginalValue().array());
        assertEquals("https://wire.riverton.test/rss", new String(
                letter.headers().lastHeader(TransactionalFeedSink.HEADER_FEED_URL).value(), StandardCharsets.UTF_8));
        assertEquals("riverton-wire", StandardCharsets.UTF_8.decode(
                decoded.getOriginalHeaders().get(TransactionalFeedSink.HEADER_FEED_SOURCE)).toString());
        assertEquals(TransactionalFeedSink.DLQ_STAGE, new String(
                letter.headers().lastHeader(DeadLetters.HEADER_STAGE).value(), StandardCharsets.UTF_8));
        assertEquals(FeedItemOutcome.REJECTED, state.getOutcome());
        assertNull(state.getVersion());
        assertEquals(1, on(producer, topics.feedItems().name()).size());
    }

    @Test
    void aWriteTheBrokerRefusesAbortsTheTransactionSoNothingOfTheItemIsVisible() throws Exception {
        MockProducer<String, byte[]> producer = producer(false);
        FeedItemWriters writers = writers(producer);
        writers.open(writers.partitionOf("riverton-wire"));
        FeedItemMapper.Candidate candidate = validCandidate();
        TransactionalFeedSink sink = sink(writers);

        CompletableFuture<FeedItemState> attempt = CompletableFuture.supplyAsync(() -> sink.submit(WIRE, candidate, submission(candidate)));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.uncommittedRecords().size() == 1);
        producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));

        Exception e = assertThrows(Exception.class, () -> attempt.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IntakeUnavailableException, e.toString());
        assertTrue(e.getCause().getMessage().startsWith("the broker did not accept the submission of feed item rcw-9"),
                e.getCause().getMessage());
        assertTrue(producer.transactionAborted());
        assertTrue(producer.history().isEmpty(), "nothing committed");
        assertTrue(writers.owns(writers.partitionOf("riverton-wire")), "an aborted transaction keeps the writer");
    }

    @Test
    void aFencedWriterStopsWritingAndAsksToBeOpenedAgain() {
        MockProducer<String, byte[]> producer = producer(true);
        FeedItemWriters writers = writers(producer);
        int partition = writers.partitionOf("riverton-wire");
        writers.open(partition);
        // Another instance opened a producer with the partition's transactional id.
        producer.fenceProducer();
        FeedItemMapper.Candidate candidate = validCandidate();

        IntakeUnavailableException e = assertThrows(IntakeUnavailableException.class,
                () -> sink(writers).submit(WIRE, candidate, submission(candidate)));

        assertTrue(e.getMessage().startsWith("feed item partition " + partition + " is no longer written by this instance"),
                e.getMessage());
        assertFalse(writers.owns(partition));
        assertEquals(java.util.Set.of(partition), writers.broken(), "for the group's member to decide on");
        assertTrue(producer.closed());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void aPartitionThisInstanceDoesNotOwnIsNotWritten() {
        MockProducer<String, byte[]> producer = producer(true);
        FeedItemWriters writers = writers(producer);
        FeedItemMapper.Candidate candidate = validCandidate();

        IntakeUnavailableException e = assertThrows(IntakeUnavailableException.class,
                () -> sink(writers).submit(WIRE, candidate, submission(candidate)));

        assertTrue(e.getMessage().contains("does not own feed item partition"), e.getMessage());
        assertTrue(transactionalIds.isEmpty());
    }

    @Test
    void aSourceAlwaysMapsToTheSamePartitionAsKafkasKeyHashWould() {
        int first = FeedPartitions.of("riverton-wire", PARTITIONS);
        assertEquals(first, FeedPartitions.of("riverton-wire", PARTITIONS));
        assertTrue(first >= 0 && first < PARTITIONS);
        assertEquals(org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
                "riverton-wire".getBytes(StandardCharsets.UTF_8))) % PARTITIONS, first);
    }
}
