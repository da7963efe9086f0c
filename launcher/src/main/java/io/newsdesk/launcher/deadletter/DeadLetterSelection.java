package io.newsdesk.launcher.deadletter;

import io.newsdesk.schemas.DeadLetter;
import java.util.Optional;

/**
 * Which letters a {@code dlq} command works on. A stage matches itself and the stages below it, so
 * {@code --stage enrich} selects {@code enrich.tagging.deserialize} and {@code enrich.process} alike;
 * a topic matches the letter's source topic exactly.
 */
public record DeadLetterSelection(Optional<String> stage, Optional<String> sourceTopic) {

    public static DeadLetterSelection all() {
        return new DeadLetterSelection(Optional.empty(), Optional.empty());
    }

    public boolean matches(DeadLetterEntry entry) {
        if (stage.isEmpty() && sourceTopic.isEmpty()) {
            return true;
        }
        if (entry.letter().isEmpty()) {
            // Without a decoded letter there is no stage or topic to match; only "everything" includes it.
            return false;
        }
        DeadLetter letter = entry.letter().get();
        boolean stageMatches = stage.map(s -> letter.getStage().equals(s) || letter.getStage().startsWith(s + ".")).orElse(true);
        boolean topicMatches = sourceTopic.map(t -> t.equals(letter.getSourceTopic())).orElse(true);
        return stageMatches && topicMatches;
    }
}
