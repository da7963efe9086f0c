package io.newsdesk.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.EnrichMain;
import io.newsdesk.ingest.IngestMain;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.PublishMain;
import io.newsdesk.testkit.KafkaFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any number of ingest instances, any of them killed at any moment: three ingest processes on one
 * broker, twenty editors updating the same fifty articles through instances picked at random, half of
 * them saying which version their update is based on; one instance is SIGKILLed half-way through and
 * started again. Enrich and publish run as processes too. When the load stops and the pipeline has
 * drained, {@link MultiIngestAudit} checks every 202 against the topics: each is exactly one published
 * version or exactly one conflict on articles.dlq, as the log decided; versions of an article only
 * rise; nothing lost, nothing twice. The run prints the counts.
 *
 * <p>Length: {@code -Dnewsdesk.multiingest.seconds=N} (default 25, what CI runs). The children's logs
 * are in {@code target/multi-ingest-logs}.
 */
class MultiIngestIT {
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("newsdesk.multiingest.seconds", 25));
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("newsdesk.multiingest.drain.seconds", 120));
    private static final int INSTANCES = 3;
    private static final int EDITORS = 20;
    private static final int ARTICLES = 50;
    /** Each editor's pace: 20 editors at 4 updates/s is 80/s, a busy desk rather than a load test. */
    private static final Duration EDIT_EVERY = Duration.ofMillis(250);

    private final KafkaFixture kafka = KafkaFixture.shared();
    private final CommittedRecords committed = new CommittedRecords(kafka);

    @TempDir
    Path stateRoot;

    @Test
    void everyAcceptedUpdateBecomesExactlyOneVersionWhicheverInstanceTookItAndThroughAKill() throws Exception {
        Instant started = Instant.now();
        PipelineSettings settings = PipelineSettings.create(kafka, "multi-ingest", 3, stateRoot);
        Topics topics = settings.topics();
        Path logs = Path.of("target", "multi-ingest-logs", settings.prefix().replaceAll("\\.$", ""));
        List<ServiceProcess> ingest = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            Map<String, String> env = new LinkedHashMap<>(settings.ingest());
            int port = PipelineSettings.freePort();
            env.put("NEWSDESK_INGEST_PORT", Integer.toString(port));
            ports.add(port);
            ingest.add(new ServiceProcess("ingest-" + i, IngestMain.class.getName(), env, "NEWSDESK_INGEST_PORT", logs));
        }
        ServiceProcess enrich = new ServiceProcess("enrich", EnrichMain.class.getName(), settings.enrich("enrich"),
                "NEWSDESK_ENRICH_PORT", logs);
        ServiceProcess publish = new ServiceProcess("publish", PublishMain.class.getName(), settings.publish("publish"),
                "NEWSDESK_PUBLISH_PORT", logs);
        List<ServiceProcess> all = new ArrayList<>(ingest);
        all.add(enrich);
        all.add(publish);
        ServiceProcess victim = ingest.get(1);
        AtomicInteger kills = new AtomicInteger();
        AtomicReference<Duration> victimBackAfter = new AtomicReference<>();
        AtomicReference<Throwable> chaosFailure = new AtomicReference<>();
        ScheduledExecutorService editors = Schedules.daemon("multi-ingest-editor", EDITORS);
        ScheduledExecutorService monkey = Schedules.daemon("multi-ingest-monkey", 1);
        try {
            all.forEach(ServiceProcess::start);
            await("three ingest instances, enrich and publish healthy").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500)).until(() -> all.stream().allMatch(ServiceProcess::healthy));
            Duration startup = Duration.between(started, Instant.now());

            ConcurrentEditors desk = new ConcurrentEditors(ports, PipelineSettings.INGEST_TOKEN, ARTICLES, 20_260_311L);
            for (int i = 0; i < EDITORS; i++) {
                // Spread over the interval, so the editors do not all fire in the same millisecond.
                editors.scheduleAtFixedRate(desk.editor(i), i * EDIT_EVERY.toMillis() / EDITORS, EDIT_EVERY.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            Instant loadStart = Instant.now();
            monkey.schedule(() -> Schedules.guard(chaosFailure, () -> {
                Instant killedAt = Instant.now();
                victim.killAndStart();
                kills.incrementAndGet();
                await(victim.name() + " healthy again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(victim::healthy);
                victimBackAfter.set(Duration.between(killedAt, Instant.now()));
            }), LOAD.toMillis() / 2, TimeUnit.MILLISECONDS);

            Instant end = loadStart.plus(LOAD);
            await("the load period").atMost(LOAD.plusSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Instant.now().isAfter(end) && kills.get() > 0);
            Schedules.stop(editors);
            Schedules.stop(monkey);
            Duration load = Duration.between(loadStart, Instant.now());

            Instant drainStart = Instant.now();
            List<ConcurrentEditors.Accepted> ledger = desk.accepted();
            boolean drained = Drain.until("every accepted update published or refused, every article at its latest version",
                    DRAIN, () -> audit(topics, ledger).complete());
            Duration drain = Duration.between(drainStart, Instant.now());
            // Read once more after draining: anything committed late twice would show here.
            MultiIngestAudit result = audit(topics, ledger);

            System.out.printf("[multi-ingest] %d ingest instances, %d editors on %d articles, %d s of load: %s%n",
                    INSTANCES, EDITORS, ARTICLES, load.toSeconds(), result);
            System.out.printf("[multi-ingest] kills %d (%s SIGKILLed at %d s, healthy again after %s), sent %d, "
                            + "answers %s%n", kills.get(), victim.name(), LOAD.toSeconds() / 2,
                    victimBackAfter.get() == null ? "never" : victimBackAfter.get().toMillis() + " ms", desk.sent(),
                    desk.answers());
            System.out.printf("[multi-ingest] start-up %d s, load %d s, drained %s in %d s, total %d s%n",
                    startup.toSeconds(), load.toSeconds(), drained ? "yes" : "NO", drain.toSeconds(),
                    Duration.between(started, Instant.now()).toSeconds());
            result.problems.forEach(p -> System.out.println("[multi-ingest]   " + p));

            if (chaosFailure.get() != null) {
                throw new AssertionError("the kill itself failed", chaosFailure.get());
            }
            assertEquals(1, kills.get());
            assertTrue(result.accepted >= LOAD.toSeconds() * 10, "too few updates accepted to prove anything: " + result);
            assertTrue(desk.answers().getOrDefault(victim.name() + " 202", 0) > 0, "the instance killed had accepted updates");
            assertEquals(0, result.lost, "accepted updates lost: " + result.problems);
            assertEquals(0, result.duplicated, "versions published or refused twice: " + result.problems);
            assertEquals(0, result.wrongVersion, "answers that are not the record's place in the log: " + result.problems);
            assertEquals(0, result.outOfOrder, "versions of an article going backwards: " + result.problems);
            assertEquals(0, result.latestWrong, "articles not at their latest version: " + result.problems);
            assertEquals(0, result.wrongContent, "events that do not carry their update: " + result.problems);
            assertEquals(0, result.unexpected, "outcomes the log does not explain: " + result.problems);
            assertEquals(result.accepted, result.published + result.conflicts, result.toString());
            assertTrue(result.conflicts > 0, "careful editors crossing each other must meet conflicts: " + result);
            assertTrue(drained, "the pipeline did not drain within " + DRAIN + ": " + result);
        } finally {
            Schedules.stop(editors);
            Schedules.stop(monkey);
            all.forEach(ServiceProcess::close);
        }
    }

    private MultiIngestAudit audit(Topics topics, List<ConcurrentEditors.Accepted> ledger) {
        return new MultiIngestAudit(ledger, committed.of(topics.submitted()), committed.of(topics.events()),
                committed.of(topics.published()),
                committed.of(topics.deadLetters()),
                bytes -> topics.enriched().valueSerde().deserializer().deserialize(topics.enriched().name(), bytes));
    }
}
