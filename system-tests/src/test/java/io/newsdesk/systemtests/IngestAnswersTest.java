package io.newsdesk.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster chaos test's judge of ingest's answers, checked without Kafka. */
class IngestAnswersTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static IngestAnswers.Answer answer(int sentAtSecond, int answeredAtSecond, int status) {
        return new IngestAnswers.Answer(T0.plusSeconds(sentAtSecond), T0.plusSeconds(answeredAtSecond), status);
    }

    @Test
    void onlyA202AskedAndAnsweredWithinThePeriodCountsAsAcceptedWithinIt() {
        IngestAnswers answers = new IngestAnswers(List.of(
                answer(0, 11, 202),   // asked before the period: its writes were acknowledged before it began
                answer(12, 17, 202),  // wholly inside
                answer(18, 25, 202),  // answered after it ended
                answer(13, 18, 503)));

        assertEquals(List.of(answer(12, 17, 202)), answers.acceptedWithin(T0.plusSeconds(10), T0.plusSeconds(20)));
    }

    @Test
    void theLongest503SpellRunsFromTheFirstSentToTheLastAnsweredAndAnyOtherAnswerEndsIt() {
        IngestAnswers answers = new IngestAnswers(List.of(
                answer(30, 35, 503), answer(0, 5, 503), answer(1, 7, 503), answer(8, 8, 202),
                answer(31, 36, 503), answer(40, 41, 202), answer(50, 60, 503)));

        // 0..7 is 7 s; 30..36 is 6 s; 50..60 is 10 s
        assertEquals(Duration.ofSeconds(10), answers.longest503Spell());
        assertEquals(Duration.ZERO, new IngestAnswers(List.of(answer(0, 1, 202))).longest503Spell());
    }
}
