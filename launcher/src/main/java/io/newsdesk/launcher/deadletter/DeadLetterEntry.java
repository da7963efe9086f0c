package io.newsdesk.launcher.deadletter;

import io.newsdesk.schemas.DeadLetter;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * One record of the dead-letter topic: where it sits there and the {@link DeadLetter} it holds. A
 * record that is not a readable DeadLetter (written by hand, or by a future version) is kept with the
 * reason, so {@code dlq list} shows it instead of hiding exactly the record an operator looks for.
 *
 * @param position    its topic and partition on the dead-letter topic
 * @param offset      its offset there: the identity replay marks as done
 * @param letter      the decoded letter, empty when it could not be decoded
 * @param decodeError why it could not be, when it could not
 */
public record DeadLetterEntry(TopicPartition position, long offset, Optional<DeadLetter> letter, Optional<String> decodeError) {

    /** {@code articles.dlq-0@42}: how a replayed record names where it came from. */
    public String reference() {
        return position + "@" + offset;
    }

    /** Whether it can be re-sent: decoded, and its original was read from a topic. */
    public Optional<String> notReplayableBecause() {
        if (letter.isEmpty()) {
            return Optional.of("not a readable dead letter: " + decodeError.orElse("unknown"));
        }
        String source = letter.get().getSourceTopic();
        if (source == null || source.isBlank()) {
            return Optional.of("it never was on a topic (stage " + letter.get().getStage() + "), so there is nowhere to replay it to");
        }
        return Optional.empty();
    }
}
