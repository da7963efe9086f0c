package io.newsdesk.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.version.ArticleLocks;
import io.newsdesk.ingest.version.VersionConflictException;
import io.newsdesk.ingest.version.VersionTable;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.schemas.VersionStamp;
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
    private final VersionTable versions = new VersionTable();
    private final AtomicLong ids = new AtomicLong();

    private SubmissionIntake intake(MockProducer<String, byte[]> producer, Duration ackTimeout) {
        return new SubmissionIntake(producer, topics, versions, new ArticleLocks(), Clock.fixed(NOW, ZoneOffset.UTC),
                ackTimeout, () -> new UUID(0, ids.incrementAndGet()));
    }

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static ParsedSubmission article(String externalId, OptionalLong version) {
        return new ParsedSubmission("harbour-courier", externalId, SubmissionChannel.API, "Bridge closes for repairs",
                "The bridge closes on Monday.", BodyFormat.TEXT, "By A. Reporter", "https://courier.example/" + externalId,
                "en", "local", Instant.parse("2025-05-31T08:00:00Z"), null, PubStatus.USABLE, null, version);
    }

    private List<Submission> submissions(MockProducer<String, byte[]> producer) {
        List<Submission> out = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : producer.history()) {
            if (r.topic().equals(topics.submitted().name())) {
                out.add(topics.submitted().valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    private List<VersionStamp> stamps(MockProducer<String, byte[]> producer) {
        List<VersionStamp> out = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : producer.history()) {
            if (r.topic().equals(topics.versions().name())) {
                out.add(topics.versions().valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    @Test
    void writesTheVersionStampFirstThenTheSubmissionWithEveryField() {
        MockProducer<String, byte[]> producer = producer(true);
        ParsedSubmission input = article("hc-1", OptionalLong.empty());

        Accepted accepted = intake(producer, Duration.ofSeconds(5)).submit(input);

        assertEquals(new Accepted(input.articleId(), 1, new UUID(0, 1).toString()), accepted);
        List<ProducerRecord<String, byte[]>> history = producer.history();
        assertEquals(List.of(topics.versions().name(), topics.submitted().name()),
                history.stream().map(ProducerRecord::topic).toList(), "stamp first, then submission");
        assertEquals(List.of(input.articleId(), input.articleId()), history.stream().map(ProducerRecord::key).toList());

        assertEquals(List.of(new VersionStamp(input.articleId(), 1L, accepted.submissionId(), NOW)), stamps(producer));
        Submission s = submissions(producer).get(0);
        assertEquals(input.articleId(), s.getArticleId());
        assertEquals(1L, s.getVersion());
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
    void resubmittingTheSameArticleGetsTheNextVersion() {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        assertEquals(1, intake.submit(article("hc-1", OptionalLong.empty())).version());
        assertEquals(2, intake.submit(article("hc-1", OptionalLong.empty())).version());
        assertEquals(1, intake.submit(article("hc-2", OptionalLong.empty())).version());
        assertEquals(List.of(1L, 2L, 1L), submissions(producer).stream().map(Submission::getVersion).toList());
    }

    @Test
    void continuesFromTheRebuiltTable() {
        versions.advance(article("hc-1", OptionalLong.empty()).articleId(), 41);
        assertEquals(42, intake(producer(true), Duration.ofSeconds(5)).submit(article("hc-1", OptionalLong.empty())).version());
    }

    @Test
    void aRequestedVersionAboveTheLastIsUsedAndOneNotAboveIsAConflictThatWritesNothing() {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        assertEquals(5, intake.submit(article("hc-1", OptionalLong.of(5))).version());
        producer.clear();

        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> intake.submit(article("hc-1", OptionalLong.of(5))));
        assertEquals(5, e.last());
        assertTrue(producer.history().isEmpty(), "a conflict writes nothing");
        assertEquals(6, intake.submit(article("hc-1", OptionalLong.empty())).version());
    }

    @Test
    void aRefusedStampWritesNoSubmissionAndLeavesTheVersionFree() {
        MockProducer<String, byte[]> producer = producer(false);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        ParsedSubmission input = article("hc-1", OptionalLong.of(3));
        CompletableFuture<Accepted> attempt = CompletableFuture.supplyAsync(() -> intake.submit(input));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);
        producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));

        Exception e = assertThrows(Exception.class, () -> attempt.get(5, TimeUnit.SECONDS));
        IntakeUnavailableException cause = (IntakeUnavailableException) e.getCause();
        assertTrue(cause.getMessage().startsWith("the broker did not accept the version stamp of " + input.articleId()),
                cause.getMessage());
        assertEquals(1, producer.history().size(), "no submission after a refused stamp");
        assertEquals(OptionalLong.empty(), versions.last(input.articleId()),
                "the version was not reserved, so a retry with the same version is not a conflict");
    }

    @Test
    void aRefusedSubmissionIsUnavailableButItsVersionStaysReserved() {
        MockProducer<String, byte[]> producer = producer(false);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        ParsedSubmission input = article("hc-1", OptionalLong.empty());
        CompletableFuture<Accepted> attempt = CompletableFuture.supplyAsync(() -> intake.submit(input));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);
        producer.completeNext();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 2);
        producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));

        Exception e = assertThrows(Exception.class, () -> attempt.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IntakeUnavailableException, e.toString());
        // The stamp was acknowledged: version 1 may be on a restarted ingest's table, so it is never reused.
        assertEquals(OptionalLong.of(1), versions.last(input.articleId()));
    }

    @Test
    void noAcknowledgementInTimeIsUnavailable() {
        MockProducer<String, byte[]> producer = producer(false);
        IntakeUnavailableException e = assertThrows(IntakeUnavailableException.class,
                () -> intake(producer, Duration.ofMillis(200)).submit(article("hc-1", OptionalLong.empty())));
        assertTrue(e.getMessage().startsWith("no acknowledgement for the version stamp"), e.getMessage());
        assertFalse(producer.history().stream().anyMatch(r -> r.topic().equals(topics.submitted().name())));
    }

    @Test
    void concurrentSubmissionsOfOneArticleGetDistinctIncreasingVersions() throws Exception {
        MockProducer<String, byte[]> producer = producer(true);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(5));
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        got.add(intake.submit(article("hc-busy", OptionalLong.empty())).version());
                    }
                    return got;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(threads * perThread, all.stream().distinct().count(), "no version handed out twice");
        } finally {
            pool.shutdownNow();
        }
        List<Long> written = submissions(producer).stream().map(Submission::getVersion).toList();
        List<Long> expected = new ArrayList<>();
        for (long v = 1; v <= threads * perThread; v++) {
            expected.add(v);
        }
        assertEquals(expected, written, "written in version order, without gaps or repeats");
    }

    @Test
    void anotherArticleIsAcceptedWhileOneWaitsForItsAcknowledgement() {
        MockProducer<String, byte[]> producer = producer(false);
        SubmissionIntake intake = intake(producer, Duration.ofSeconds(10));
        CompletableFuture<Accepted> slow = CompletableFuture.supplyAsync(() -> intake.submit(article("hc-slow", OptionalLong.empty())));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);

        CompletableFuture<Accepted> other = CompletableFuture.supplyAsync(() -> intake.submit(article("hc-other", OptionalLong.empty())));
        // The second article's stamp is sent while the first still holds its lock waiting for an ack.
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 2);
        assertEquals(article("hc-other", OptionalLong.empty()).articleId(), producer.history().get(1).key());
        assertFalse(slow.isDone());

        while (!(slow.isDone() && other.isDone())) {
            producer.completeNext();
            Thread.onSpinWait();
        }
        assertEquals(1, slow.join().version());
        assertEquals(1, other.join().version());
    }
}
