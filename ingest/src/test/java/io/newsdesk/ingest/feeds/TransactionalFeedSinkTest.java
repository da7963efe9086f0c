package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.intake.IntakeUnavailableException;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.ingest.version.VersionTable;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.schemas.codec.AvroCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class IntakeFeedSinkTest {
    private static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");
    private static final FeedSubscription WIRE = new FeedSubscription("riverton-wire", URI.create("https://wire.riverton.test/rss"));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Topics topics = Topics.withPrefix("t-");
    private final FeedItemMapper mapper = new FeedItemMapper(new SubmissionParser(clock));

    private IntakeFeedSink sink(MockProducer<String, byte[]> producer) {
        SubmissionIntake intake = new SubmissionIntake(producer, topics, new VersionTable(), clock, Duration.ofSeconds(2));
        return new IntakeFeedSink(intake, producer, new DeadLetters(topics.deadLetters().name(), clock), Duration.ofSeconds(2));
    }

    @Test
    void aValidItemIsWrittenToArticlesSubmittedThroughTheIntake() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        FeedItem item = new FeedItem("rcw-9", "Hearing adjourned", "The hearing was adjourned to May.", Boolean.FALSE,
                "https://wire.riverton.test/9", null, null, null);
        ParsedSubmission submission = ((ParseResult.Valid) mapper.validate(mapper.candidate(WIRE, item))).submission();

        Accepted accepted = sink(producer).submit(submission);

        assertEquals(ArticleIds.of("riverton-wire", "rcw-9"), accepted.articleId());
        assertEquals(1, accepted.version());
        ProducerRecord<String, byte[]> written = producer.history().stream()
                .filter(r -> r.topic().equals(topics.submitted().name())).findFirst().orElseThrow();
        Submission record = topics.submitted().valueSerde().deserializer().deserialize(written.topic(), written.value());
        assertEquals(SubmissionChannel.FEED, record.getChannel());
        assertEquals("rcw-9", record.getExternalId());
        assertEquals("Hearing adjourned", record.getHeadline());
        assertEquals(accepted.articleId(), written.key());
    }

    @Test
    void aRejectedItemGoesToTheDeadLetterTopicWithEveryProblemAndTheSubmissionAsBuilt() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        FeedItem item = new FeedItem("rcw-10", null, null, null, null, null, null, null);
        FeedItemMapper.Candidate candidate = mapper.candidate(WIRE, item);
        List<String> problems = ((ParseResult.Invalid) mapper.validate(candidate)).problems();
        FeedRejection rejection = new FeedRejection(WIRE, candidate.externalId(), problems, candidate.json(), NOW);

        sink(producer).reject(rejection);

        assertEquals(1, producer.history().size());
        ProducerRecord<String, byte[]> letter = producer.history().get(0);
        assertEquals("t-articles.dlq", letter.topic());
        assertEquals(ArticleIds.of("riverton-wire", "rcw-10"), letter.key());
        DeadLetter decoded = AvroCodec.of(DeadLetter.class).decode(letter.value());
        assertEquals(IntakeFeedSink.DLQ_STAGE, decoded.getStage());
        assertEquals(FeedItemRejectedException.class.getName(), decoded.getExceptionClass());
        assertTrue(decoded.getExceptionMessage().contains("feed item \"rcw-10\" of riverton-wire=https://wire.riverton.test/rss "
                + "rejected: headline: required; body: required"), decoded.getExceptionMessage());
        assertArrayEquals(candidate.json(), decoded.getOriginalValue().array());
        assertEquals("https://wire.riverton.test/rss", new String(
                letter.headers().lastHeader(IntakeFeedSink.HEADER_FEED_URL).value(), StandardCharsets.UTF_8));
        assertEquals("riverton-wire", StandardCharsets.UTF_8.decode(
                decoded.getOriginalHeaders().get(IntakeFeedSink.HEADER_FEED_SOURCE)).toString());
        assertEquals(IntakeFeedSink.DLQ_STAGE, new String(
                letter.headers().lastHeader(DeadLetters.HEADER_STAGE).value(), StandardCharsets.UTF_8));
    }

    @Test
    void aDeadLetterTheBrokerRefusesIsAnErrorSoThePollerRetries() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        FeedRejection rejection = new FeedRejection(WIRE, "rcw-11", List.of("headline: required"), new byte[0], NOW);
        // MockProducer without auto-completion: fail the send as soon as the sink has made it.
        Thread refuser = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("no leader"))
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        });
        refuser.setDaemon(true);
        refuser.start();

        IntakeUnavailableException e = assertThrows(IntakeUnavailableException.class, () -> sink(producer).reject(rejection));

        assertTrue(e.getMessage().startsWith("the broker did not accept the dead letter of feed item rcw-11"), e.getMessage());
    }
}
