package io.newsdesk.ingest.intake;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a validated submission: writes it once to {@code articles.submitted} and answers only once
 * the broker acknowledged it. The plain-Java entry point to ingest: the HTTP layer, the launcher and the
 * bulk importer all call {@link #submit(ParsedSubmission)}.
 *
 * <p>Stateless: the log numbers versions ({@link ArticleVersions}). The record is written with version
 * 0 and keyed by its articleId, so every record of an article lands on one partition, and the version
 * answered is the acknowledged record's offset + 1, which is what enrich writes into the record it
 * passes on. Any number of ingest instances (and direct Kafka writers) may write the same article at
 * once: the partition's leader orders them, and none needs to know another. A client's base version
 * travels as {@code expectedVersion}; publish checks it, where the article's versions are known.
 *
 * <p>The producer is idempotent with {@code acks=all}: a retried batch is written once, and an
 * acknowledgement means every in-sync replica has the record.
 */
public final class SubmissionIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);

    private final Producer<String, byte[]> producer;
    private final Topic<String, Submission> submitted;
    private final Clock clock;
    private final Duration ackTimeout;
    private final Supplier<UUID> submissionIds;

    /**
     * @param ackTimeout how long to wait for the acknowledgement; the producer's own delivery.timeout.ms
     *                   should be shorter, so that a timeout here is rare and a failure is usually the
     *                   producer's definite answer
     */
    public SubmissionIntake(Producer<String, byte[]> producer, Topics topics, Clock clock, Duration ackTimeout,
                            Supplier<UUID> submissionIds) {
        this.producer = producer;
        this.submitted = topics.submitted();
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        this.submissionIds = submissionIds;
    }

    public SubmissionIntake(Producer<String, byte[]> producer, Topics topics, Clock clock, Duration ackTimeout) {
        this(producer, topics, clock, ackTimeout, UUID::randomUUID);
    }

    /** @throws IntakeUnavailableException when the write was not acknowledged; nothing is accepted then */
    public Accepted submit(ParsedSubmission submission) {
        String articleId = submission.articleId();
        String submissionId = submissionIds.get().toString();
        Instant now = clock.instant();
        Submission record = SubmissionRecords.of(submission, submissionId, now);
        RecordMetadata ack = send(articleId, record);
        long version = ArticleVersions.fromOffset(ack.offset());
        LOG.info("accepted articleId={} version={} submissionId={} source={} channel={}{}", articleId, version,
                submissionId, submission.source(), submission.channel(), submission.expectedVersion().isPresent()
                        ? " basedOn=" + submission.expectedVersion().getAsLong() : "");
        return new Accepted(articleId, version, submissionId);
    }

    private RecordMetadata send(String articleId, Submission record) {
        byte[] bytes = submitted.valueSerde().serializer().serialize(submitted.name(), record);
        Future<RecordMetadata> ack;
        try {
            ack = producer.send(new ProducerRecord<>(submitted.name(), articleId, bytes));
        } catch (RuntimeException e) {
            throw new IntakeUnavailableException("could not send the submission of " + articleId + " to "
                    + submitted.name(), e);
        }
        return Acknowledgements.await(ack, ackTimeout, "submission of " + articleId + " on " + submitted.name());
    }
}
