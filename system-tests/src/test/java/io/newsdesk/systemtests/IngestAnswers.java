package io.newsdesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What ingest answered, and when: the evidence for "never 202 while the cluster cannot keep a write safe"
 * and for how long writers were turned away.
 */
final class IngestAnswers {
    /** One request: sent, answered (or given up on), and the status ({@link IngestDoor#NO_ANSWER} if none). */
    record Answer(Instant sent, Instant answered, int status) {
    }

    private final List<Answer> answers;

    IngestAnswers(List<Answer> answers) {
        this.answers = answers.stream().sorted(Comparator.comparing(Answer::sent)).toList();
    }

    /**
     * The 202s of requests sent at or after {@code from} and answered at or before {@code until}: wholly inside
     * a period, so neither acknowledged before it began nor after it ended.
     */
    List<Answer> acceptedWithin(Instant from, Instant until) {
        return answers.stream()
                .filter(a -> a.status() == 202 && !a.sent().isBefore(from) && !a.answered().isAfter(until))
                .toList();
    }

    /** Answers to requests sent at or after {@code from}. */
    List<Answer> sentSince(Instant from) {
        return answers.stream().filter(a -> !a.sent().isBefore(from)).toList();
    }

    /**
     * The longest spell of 503s: consecutive requests (in the order sent) all answered 503, from the sending
     * of the first to the answer of the last. Any other answer ends a spell.
     */
    Duration longest503Spell() {
        Duration longest = Duration.ZERO;
        Instant spellStart = null;
        for (Answer answer : answers) {
            if (answer.status() != 503) {
                spellStart = null;
                continue;
            }
            if (spellStart == null) {
                spellStart = answer.sent();
            }
            Duration spell = Duration.between(spellStart, answer.answered());
            if (spell.compareTo(longest) > 0) {
                longest = spell;
            }
        }
        return longest;
    }
}
