package io.newsdesk.ingest.intake;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.version.ArticleLocks;
import io.newsdesk.ingest.version.NextVersion;
import io.newsdesk.ingest.version.VersionConflictException;
import io.newsdesk.ingest.version.VersionTable;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.VersionStamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a validated submission: gives it its version and writes it, answering only once the broker
 * acknowledged. The plain-Java entry point to ingest: the HTTP layer, the launcher and the bulk
 * importer all call {@link #submit(ParsedSubmission)}.
 *
 * <p>Per submission, under the article's lock: read the last version, write a {@link VersionStamp}
 * to {@code articles.versions} and wait for its ack, advance the in-memory table, then write the
 * {@link Submission} to {@code articles.submitted} and wait for its ack. Stamp first, so a crash
 * between the two writes leaves a gap in the article's versions but never lets a restarted ingest
 * hand out a version that is already on {@code articles.submitted}.
 *
 * <p>One {@code Producer<String, byte[]>} (idempotent, acks=all) carries both topics, so both writes
 * share batches and connections; values are encoded with the topics' own serdes.
 */
public final class SubmissionIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);

    private final Producer<String, byte[]> producer;
    private final Topics topics;
    private final VersionTable versions;
    private final ArticleLocks locks;
    private final Clock clock;
    private final Duration ackTimeout;
    private final Supplier<UUID> submissionIds;

    /**
     * @param ackTimeout how long to wait for each acknowledgement; the producer's own
     *                   delivery.timeout.ms should be shorter, so that a timeout here is rare and a
     *                   failure is usually the producer's definite answer
     */
    public SubmissionIntake(Producer<String, byte[]> producer, Topics topics, VersionTable versions, ArticleLocks locks,
                            Clock clock, Duration ackTimeout, Supplier<UUID> submissionIds) {
        this.producer = producer;
        this.topics = topics;
        this.versions = versions;
        this.locks = locks;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        this.submissionIds = submissionIds;
    }

    public SubmissionIntake(Producer<String, byte[]> producer, Topics topics, VersionTable versions, Clock clock,
                            Duration ackTimeout) {
        this(producer, topics, versions, new ArticleLocks(), clock, ackTimeout, UUID::randomUUID);
    }

    /**
     * @throws VersionConflictException when the requested version is not greater than the last one
     * @throws IntakeUnavailableException when a write was not acknowledged; nothing is accepted then
     */
    public Accepted submit(ParsedSubmission submission) {
        String articleId = submission.articleId();
        try {
            return locks.withLock(articleId, () -> write(articleId, submission));
        } catch (VersionConflictException | IntakeUnavailableException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while accepting a submission of " + articleId, e);
        } catch (Exception e) {
            throw new IntakeUnavailableException("could not accept a submission of " + articleId, e);
        }
    }

    private Accepted write(String articleId, ParsedSubmission submission) {
        long version = NextVersion.of(articleId, versions.last(articleId), submission.requestedVersion());
        String submissionId = submissionIds.get().toString();
        Instant now = clock.instant();

        VersionStamp stamp = VersionStamp.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setSubmissionId(submissionId)
                .setAt(now)
                .build();
        send(topics.versions(), articleId, stamp, "version stamp");
        // Only an acknowledged stamp moves the table: after a failed one, a retry may use the same
        // version again, because no Submission with it was written.
        versions.advance(articleId, version);

        Submission record = Submission.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setSubmissionId(submissionId)
                .setSource(submission.source())
                .setExternalId(submission.externalId())
                .setChannel(submission.channel())
                .setHeadline(submission.headline())
                .setBody(submission.body())
                .setBodyFormat(submission.bodyFormat())
                .setByline(submission.byline())
                .setUrl(submission.url())
                .setLanguage(submission.language())
                .setSection(submission.section())
                .setFirstCreated(submission.firstCreated())
                .setEmbargoedUntil(submission.embargoedUntil())
                .setPubStatus(submission.pubStatus())
                .setCorrectionNote(submission.correctionNote())
                .setReceivedAt(now)
                .build();
        send(topics.submitted(), articleId, record, "submission");

        LOG.info("accepted articleId={} version={} submissionId={} source={} channel={}",
                articleId, version, submissionId, submission.source(), submission.channel());
        return new Accepted(articleId, version, submissionId);
    }

    private <V extends SpecificRecord> RecordMetadata send(Topic<String, V> topic, String key, V value, String what) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        Future<RecordMetadata> ack;
        try {
            ack = producer.send(new ProducerRecord<>(topic.name(), key, bytes));
        } catch (RuntimeException e) {
            throw new IntakeUnavailableException("could not send the " + what + " of " + key + " to " + topic.name(), e);
        }
        try {
            return ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while waiting for the " + what + " of " + key, e);
        } catch (ExecutionException e) {
            throw new IntakeUnavailableException("the broker did not accept the " + what + " of " + key + " on "
                    + topic.name(), e.getCause());
        } catch (TimeoutException e) {
            throw new IntakeUnavailableException("no acknowledgement for the " + what + " of " + key + " on "
                    + topic.name() + " within " + ackTimeout, e);
        }
    }
}
