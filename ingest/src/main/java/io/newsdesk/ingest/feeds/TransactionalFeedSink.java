package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.intake.IntakeUnavailableException;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.deadletter.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The production {@link FeedItemSink}: valid items go through ingest's {@link SubmissionIntake} like any
 * other submission (versioned, acknowledged); rejected items go to {@code articles.dlq} with every
 * problem as the reason and the submission built from the item as the original value, since a feed has
 * no client to answer 400 to and a refused item must not vanish.
 *
 * <p>Both wait for the broker's acknowledgement; a failure throws, and the poller hands the item over
 * again on its next poll.
 */
public final class IntakeFeedSink implements FeedItemSink {
    public static final String DLQ_STAGE = "ingest-feed";
    public static final String HEADER_FEED_SOURCE = "newsdesk.feed.source";
    public static final String HEADER_FEED_URL = "newsdesk.feed.url";

    private final SubmissionIntake intake;
    private final Producer<String, byte[]> producer;
    private final DeadLetters deadLetters;
    private final Duration ackTimeout;

    /**
     * @param producer ingest's producer (String keys: the dead letter's key is the would-be article id)
     */
    public IntakeFeedSink(SubmissionIntake intake, Producer<String, byte[]> producer, DeadLetters deadLetters,
                          Duration ackTimeout) {
        this.intake = intake;
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public Accepted submit(ParsedSubmission submission) {
        return intake.submit(submission);
    }

    @Override
    public void reject(FeedRejection rejection) {
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(letter.topic(), letter.partition(), letter.timestamp(),
                articleId, letter.value(), letter.headers());
        try {
            producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while dead-lettering a feed item of " + articleId, e);
        } catch (ExecutionException e) {
            throw new IntakeUnavailableException("the broker did not accept the dead letter of feed item "
                    + rejection.externalId() + " on " + letter.topic(), e.getCause());
        } catch (TimeoutException e) {
            throw new IntakeUnavailableException("no acknowledgement for the dead letter of feed item "
                    + rejection.externalId() + " within " + ackTimeout, e);
        } catch (RuntimeException e) {
            throw new IntakeUnavailableException("could not send the dead letter of feed item " + rejection.externalId(), e);
        }
    }
}
