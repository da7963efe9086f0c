package io.newsdesk.enrich;

import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.schemas.Submission;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Gives a submission written with version 0 ("assigned by the log") its version: its offset in its
 * partition of {@code articles.submitted} + 1 ({@link ArticleVersions}), the number ingest answered in
 * its 202. A submission with a version of its own (written by release v1, or by a Kafka writer that
 * numbers its versions) keeps it. Under exactly-once a replayed record has the same offset, so it gets
 * the same version again; every record after it on the partition gets a higher one.
 *
 * <p>The first step of the tagging hop, so that everything downstream (the tagged and enriched records'
 * embedded submission, publish's version gate, events) sees the version and nothing sees a 0.
 */
final class LogOrderedVersioning implements FixedKeyProcessor<String, Submission, Submission> {
    private FixedKeyProcessorContext<String, Submission> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Submission> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Submission> record) {
        // Every record here comes from the source topic, so its position is known; without one (a
        // punctuation, which this node never has) there is no version to give, and that is a bug.
        RecordMetadata position = context.recordMetadata().orElseThrow(() -> new IllegalStateException(
                "no source position for the submission of " + record.key() + ": its version cannot be assigned"));
        context.forward(record.withValue(versioned(record.value(), position.offset())));
    }

    /** The submission as it travels on: with the log's version when it was written with 0, else unchanged. */
    static Submission versioned(Submission submission, long offset) {
        if (submission.getVersion() != ArticleVersions.ASSIGNED_BY_THE_LOG) {
            return submission;
        }
        return Submission.newBuilder(submission).setVersion(ArticleVersions.fromOffset(offset)).build();
    }
}
