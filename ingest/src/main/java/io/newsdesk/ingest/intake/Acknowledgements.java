package io.newsdesk.ingest.intake;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Waiting for the broker to acknowledge a write ingest promises nothing before. */
public final class Acknowledgements {
    private Acknowledgements() {
    }

    /**
     * The acknowledgement of a sent record.
     *
     * @param what the record in words, for the message ("submission of a1 on articles.submitted")
     * @throws IntakeUnavailableException when the broker refused the write, or did not answer within
     *                                    {@code timeout}: nothing is promised then
     */
    public static RecordMetadata await(Future<RecordMetadata> ack, Duration timeout, String what) {
        try {
            return ack.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while waiting for the " + what, e);
        } catch (ExecutionException e) {
            throw new IntakeUnavailableException("the broker did not accept the " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new IntakeUnavailableException("no acknowledgement for the " + what + " within " + timeout, e);
        }
    }
}
