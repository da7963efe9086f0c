package io.newsdesk.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class SubmissionIntakeTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final Topics topics = Topics.withPrefix("unit-");
    private final AtomicLong ids = new AtomicLong();

    private SubmissionIntake intake(MockProducer<String, byte[]> producer, Duration ackTimeout) {
        return new SubmissionIntake(producer, topics, Clock.fixed(NOW, ZoneOffset.UTC), ackTimeout,
                () -> new UUID(0, ids.incrementAndGet()));
    }

    /** MockProducer puts every record on partition 0 and numbers offsets from 0, as a one-partition topic would. */
    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static ParsedSubmission article(String externalId, OptionalLong basedOn) {
        return new ParsedSubmission("harbour-courier", externalId, SubmissionChannel.API, "Bridge closes for repairs",
                "The bridge closes on Monday.", BodyFormat.TEXT, "By A. Reporter", "https://courier.example/" + externalId,
                "en", "local", Instant.parse("2025-05-31T08:00:00Z"), null, PubStatus.USABLE, null, basedOn);
    }

    private List<Submission> submissions(MockProducer<String, byte[]> producer) {
        List<Submission> out = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : producer.history()) {
            assertEquals(topics.submitted().name(), r.topic(), "ingest writes nothing but the submission");
            out.add(topics.submitted().valueSerde().deserializer().deserialize(r.topic(), r.value()));
        }
        return out;
    }

    @Test
    void writesTheSubmissionOnceWithEveryFieldForTheLogToNumber() {
        MockProducer<String, byte[]> producer = producer(true);
        ParsedSubmission input = article("hc-1", OptionalLong.empty());

        Accepted accepted = intake(producer, Duration.ofSeconds(5)).submit(input);

        assertEquals(new Accepted(input.articleId(), 1, new UUID(0, 1).toString()), accepted,
                "the version is the record's offset (0) + 1");
        assertEquals(1, producer.history().size(), "one write, no version table");
        assertEquals(input.articleId(), producer.history().get(0).key());
        Submission s = submissions(producer).get(0);
        assertEquals(input.articleId(), s.getArticleId());
        assertEquals(ArticleVersions.ASSIGNED_BY_THE_LOG, s.getVersion());
        assertNull(s.getExpectedVersion());
        assertEquals(accepted.submissionId(), s.getSubmissionId());
        assertEquals("harbour-courier", s.getSource());
        assertEquals("hc-1", s.getExternalId());
        assertEquals(SubmissionChannel.API, s.getChannel());
        assertEquals("Bridge closes for repairs", s.getHeadline());
        assertEquals("The bridge closes on Monday.", s.getBody());
        assertEquals(BodyFormat.TEXT, s.getBodyFormat());
        assertEquals("By A. Reporter", s.getByline());
        assertEquals("https://courier.example/hc-1", s.getUrl());
        assertEquals("en", s.getLanguage());
        assertEquals("local", s.getSection());
        assertEquals(Instant.parse("2025-05-31T08:00:00Z"), s.getFirstCreated());
        assertEquals(null, s.getEmbargoedUntil());
        assertEquals(PubStatus.USABLE, s.getPubStatus());
        assertEquals(NOW, s.getReceivedAt());
    }

    @Test
    void eachAnswerIsTheOffsetOfItsRecordPlusOne() {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        assertEquals(1, intake.submit(article("hc-1", OptionalLong.empty())).version());
        assertEquals(2, intake.submit(article("hc-2", OptionalLong.empty())).version());
        // Another article's record in between: versions of one article have gaps, never repeats.
        assertEquals(3, intake.submit(article("hc-1", OptionalLong.empty())).version());
    }

    @Test
    void theVersionAnUpdateIsBasedOnTravelsAsExpectedVersion() {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        intake.submit(article("hc-1", OptionalLong.of(41)));
        intake.submit(article("hc-new", OptionalLong.of(0)));
        assertEquals(List.of(41L, 0L), submissions(producer).stream().map(Submission::getExpectedVersion).toList());
    }

    @Test
    void aRefusedWriteIsUnavailable() {
        MockProducer<String, byte[]> producer = producer(false);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        ParsedSubmission input = article("hc-1", OptionalLong.empty());
        CompletableFuture<Accepted> attempt = CompletableFuture.supplyAsync(() -> intake.submit(input));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);
        producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));

        Exception e = assertThrows(Exception.class, () -> attempt.get(5, TimeUnit.SECONDS));
        IntakeUnavailableException cause = (IntakeUnavailableException) e.getCause();
        assertTrue(cause.getMessage().startsWith("the broker did not accept the submission of " + input.articleId()),
                cause.getMessage());
        assertTrue(cause.getCause() instanceof NotEnoughReplicasException, cause.toString());
    }

    @Test
    void noAcknowledgementInTimeIsUnavailable() {
        MockProducer<String, byte[]> producer = producer(false);
        IntakeUnavailableException e = assertThrows(IntakeUnavailableException.class,
                () -> intake(producer, Duration.ofMillis(200)).submit(article("hc-1", OptionalLong.empty())));
        assertTrue(e.getMessage().startsWith("no acknowledgement for the submission"), e.getMessage());
    }

    @Test
    void concurrentSubmissionsOfOneArticleGetDistinctVersionsInLogOrder() throws Exception {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Accepted>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Accepted> got = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        got.add(intake.submit(article("hc-busy", OptionalLong.empty())));
                    }
                    return got;
                }));
            }
            List<Accepted> all = new ArrayList<>();
            for (Future<List<Accepted>> f : futures) {
                all.addAll(f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(threads * perThread, all.stream().map(Accepted::version).distinct().count(),
                    "no version answered twice");
            // The n-th record on the partition was answered version n: its answer is its place in the log.
            List<String> submissionIdsInLogOrder = submissions(producer).stream().map(Submission::getSubmissionId).toList();
            for (Accepted a : all) {
                assertEquals(a.submissionId(), submissionIdsInLogOrder.get((int) a.version() - 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void submissionsDoNotWaitForEachOther() {
        MockProducer<String, byte[]> producer = producer(false);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(10));
        CompletableFuture<Accepted> slow = CompletableFuture.supplyAsync(() -> intake.submit(article("hc-1", OptionalLong.empty())));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);

        // The same article again, while the first still waits for its acknowledgement: nothing to lock.
        CompletableFuture<Accepted> other = CompletableFuture.supplyAsync(() -> intake.submit(article("hc-1", OptionalLong.empty())));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 2);
        assertFalse(slow.isDone());

        while (!(slow.isDone() && other.isDone())) {
            producer.completeNext();
            Thread.onSpinWait();
        }
        assertEquals(1, slow.join().version());
        assertEquals(2, other.join().version());
    }
}
