package io.newsdesk.launcher.deadletter;

import io.newsdesk.schemas.DeadLetter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Re-sends dead letters after a fix: each letter's ORIGINAL key, value and headers go back to the
 * topic they were read from, plus a {@value #REPLAYED_FROM} header naming the letter's place on the
 * dead-letter topic, so the consumer sees the record it failed on (not a wrapper) and an operator can
 * trace it. The partition is left to the producer's partitioner: the original key then lands where
 * every other record of that article does, which is what per-article ordering needs.
 *
 * <p>Sending is transactional (idempotent producer, a transactional id of its own) in batches of
 * {@value #BATCH}: a batch is on the topic completely or not at all for read_committed consumers, and
 * only a committed batch is written to the {@link ReplayLedger}, so a failed replay can simply be run again.
 */
public final class DeadLetterReplayer {
    public static final String REPLAYED_FROM = "newsdesk.replayed-from";
    static final int BATCH = 500;

    /**
     * What a replay would do with the selected letters.
     *
     * @param toSend          letters to re-send, in dead-letter order
     * @param alreadyReplayed letters a previous replay sent (per the ledger)
     * @param notReplayable   letters that cannot be re-sent, with the reason
     */
    public record Plan(List<DeadLetterEntry> toSend, List<DeadLetterEntry> alreadyReplayed,
                       Map<DeadLetterEntry, String> notReplayable) {
    }

    private DeadLetterReplayer() {
    }

    public static Plan plan(List<DeadLetterEntry> entries, DeadLetterSelection selection, ReplayLedger ledger) {
        List<DeadLetterEntry> toSend = new ArrayList<>();
        List<DeadLetterEntry> already = new ArrayList<>();
        Map<DeadLetterEntry, String> notReplayable = new LinkedHashMap<>();
        for (DeadLetterEntry entry : entries) {
            if (!selection.matches(entry)) {
                continue;
            }
            Optional<String> why = entry.notReplayableBecause();
            if (why.isPresent()) {
                notReplayable.put(entry, why.get());
            } else if (ledger.replayed(entry)) {
                already.add(entry);
            } else {
                toSend.add(entry);
            }
        }
        return new Plan(toSend, already, notReplayable);
    }

    /** The record a letter is replayed as. */
    public static ProducerRecord<byte[], byte[]> recordFor(DeadLetterEntry entry) {
        DeadLetter letter = entry.letter().orElseThrow(() -> new IllegalArgumentException("not a readable letter: " + entry.reference()));
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, ByteBuffer> header : letter.getOriginalHeaders().entrySet()) {
            headers.add(header.getKey(), DeadLetterFormat.bytes(header.getValue()));
        }
        headers.add(REPLAYED_FROM, entry.reference().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(letter.getSourceTopic(), null,
                letter.getOriginalKey() == null ? null : DeadLetterFormat.bytes(letter.getOriginalKey()),
                letter.getOriginalValue() == null ? null : DeadLetterFormat.bytes(letter.getOriginalValue()),
                headers);
    }

    /**
     * Sends the letters with a transactional producer on which {@code initTransactions()} was called,
     * recording each committed batch in the ledger.
     *
     * @return how many were sent
     * @throws IOException    the ledger could not be written (the batch was committed: see {@link ReplayLedger})
     * @throws KafkaException a batch could not be committed; it was aborted, earlier batches stay replayed
     */
    public static int send(List<DeadLetterEntry> toSend, Producer<byte[], byte[]> producer, ReplayLedger ledger)
            throws IOException, InterruptedException {
        int sent = 0;
        for (int from = 0; from < toSend.size(); from += BATCH) {
            List<DeadLetterEntry> batch = toSend.subList(from, Math.min(toSend.size(), from + BATCH));
            producer.beginTransaction();
            try {
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                for (DeadLetterEntry entry : batch) {
                    acks.add(producer.send(recordFor(entry)));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
                producer.commitTransaction();
            } catch (ProducerFencedException e) {
                // Another replay with the same transactional id took over; aborting is not allowed, only closing.
                throw e;
            } catch (ExecutionException e) {
                producer.abortTransaction();
                throw new KafkaException("replaying " + batch.get(0).reference() + " and the rest of its batch failed: "
                        + e.getCause().getMessage(), e.getCause());
            } catch (KafkaException e) {
                producer.abortTransaction();
                throw e;
            }
            ledger.record(batch);
            sent += batch.size();
        }
        return sent;
    }
}
