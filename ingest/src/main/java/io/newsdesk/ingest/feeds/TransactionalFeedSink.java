package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.intake.Acknowledgements;
import io.newsdesk.ingest.intake.SubmissionRecords;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link FeedItemSink}: each item in a Kafka transaction of the partition that holds its
 * source's states ({@link FeedItemWriters}), with two records in it: what the item becomes, and its new
 * {@link FeedItemState} on {@code ingest.feed-items}. A valid item becomes a {@code Submission} on
 * {@code articles.submitted}, written like every other (version assigned by the log: its offset + 1); a
 * rejected item becomes a dead letter on {@code articles.dlq} with every problem as the reason and the
 * submission built from the item as the original value, since a feed has no client to answer 400 to.
 *
 * <p>Readers downstream read committed data only (enrich is exactly-once), so an item whose transaction
 * did not commit was never handed over and its state never changed: the next poll tries again.
 */
public final class TransactionalFeedSink implements FeedItemSink {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalFeedSink.class);
    public static final String DLQ_STAGE = "ingest-feed";
    public static final String HEADER_FEED_SOURCE = "newsdesk.feed.source";
    public static final String HEADER_FEED_URL = "newsdesk.feed.url";

    private final FeedItemWriters writers;
    private final Topic<String, Submission> submitted;
    private final Topic<String, FeedItemState> feedItems;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Duration ackTimeout;
    private final Supplier<UUID> submissionIds;

    public TransactionalFeedSink(FeedItemWriters writers, Topics topics, DeadLetters deadLetters, Clock clock,
                                 Duration ackTimeout, Supplier<UUID> submissionIds) {
        this.writers = writers;
        this.submitted = topics.submitted();
        this.feedItems = topics.feedItems();
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        this.submissionIds = submissionIds;
    }

    @Override
    public FeedItemState submit(FeedSubscription feed, FeedItemMapper.Candidate candidate, ParsedSubmission submission) {
        String articleId = submission.articleId();
        return writers.inTransaction(writers.partitionOf(candidate.source()), producer -> {
            String submissionId = submissionIds.get().toString();
            Instant now = clock.instant();
            Submission record = SubmissionRecords.of(submission, submissionId, now);
            byte[] bytes = submitted.valueSerde().serializer().serialize(submitted.name(), record);
            // The offset is known once the record is acknowledged, before the commit makes it readable.
            RecordMetadata ack = Acknowledgements.await(producer.send(new ProducerRecord<>(submitted.name(), articleId, bytes)),
                    ackTimeout, "submission of feed item " + candidate.externalId());
            Accepted accepted = new Accepted(articleId, ArticleVersions.fromOffset(ack.offset()), submissionId);
            FeedItemState state = FeedItemStates.submitted(feed, candidate, accepted, now);
            writeState(producer, state);
            return state;
        });
    }

    @Override
    public FeedItemState reject(FeedRejection rejection, FeedItemMapper.Candidate candidate) {
        return writers.inTransaction(writers.partitionOf(candidate.source()), producer -> {
            Acknowledgements.await(producer.send(deadLetter(rejection)), ackTimeout,
                    "dead letter of feed item " + rejection.externalId());
            FeedItemState state = FeedItemStates.rejected(rejection.feed(), candidate, clock.instant());
            writeState(producer, state);
            return state;
        });
    }

    @Override
    public FeedItemState refresh(FeedSubscription feed, FeedItemState state) {
        return writers.inTransaction(writers.partitionOf(state.getSource()), producer -> {
            FeedItemState refreshed = FeedItemStates.refreshed(state, feed, clock.instant());
            writeState(producer, refreshed);
            LOG.debug("feed {}: state of item \"{}\" written again to outlive retention", feed, state.getItemId());
            return refreshed;
        });
    }

    /** On the partition of its source, not the key's: the owner of a source's feeds owns all its states. */
    private void writeState(Producer<String, byte[]> producer, FeedItemState state) {
        byte[] bytes = feedItems.valueSerde().serializer().serialize(feedItems.name(), state);
        producer.send(new ProducerRecord<>(feedItems.name(), writers.partitionOf(state.getSource()),
                FeedItemLedger.key(state.getSource(), state.getItemId()), bytes));
    }

    private ProducerRecord<String, byte[]> deadLetter(FeedRejection rejection) {
        String articleId = ArticleIds.of(rejection.feed().source(), rejection.externalId());
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_FEED_SOURCE, rejection.feed().source().getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_FEED_URL, rejection.feed().url().toString().getBytes(StandardCharsets.UTF_8));
        DeadLetters.Origin origin = new DeadLetters.Origin(null, -1, -1L, articleId.getBytes(StandardCharsets.UTF_8),
                rejection.submissionJson(), headers);
        ProducerRecord<byte[], byte[]> letter = deadLetters.record(DLQ_STAGE, origin, new FeedItemRejectedException(rejection));
        // Also on the record itself, beside the reason headers, so kcat shows which feed it came from.
        headers.forEach(h -> letter.headers().add(h));
        // Same bytes as the letter's key, through ingest's String-keyed producer.
        return new ProducerRecord<>(letter.topic(), letter.partition(), letter.timestamp(), articleId, letter.value(),
                letter.headers());
    }
}
