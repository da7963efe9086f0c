package io.newsdesk.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.IngestService;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.testkit.BrokerKind;
import io.newsdesk.testkit.KafkaFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing published twice, under crashes. Ingest runs in this JVM and takes a steady
 * stream of new articles and updates over HTTP; two enrich instances (one application id, so they
 * share the partitions) and one publish instance run as separate processes and are killed with
 * SIGKILL in turn and started again; the broker is restarted once, half-way. Then the load stops, the
 * pipeline drains, and {@link PublicationAudit} compares every accepted (articleId, version) with
 * {@code articles.events} and {@code articles.published}, read read_committed.
 *
 * <p>Length: {@code -Dnewsdesk.chaos.seconds=N} (default 45, what CI runs); longer on demand, e.g.
 * {@code mvn -pl system-tests verify -Dit.test=ChaosIT -Dnewsdesk.chaos.seconds=600}. The children's
 * logs are in {@code target/chaos-logs}.
 */
class ChaosIT {
    private static final Duration CHAOS = Duration.ofSeconds(Long.getLong("newsdesk.chaos.seconds", 45));
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("newsdesk.chaos.drain.seconds", 150));
    /** Submissions per second: a busy newsroom desk, not a load test. */
    static final int SUBMISSIONS_PER_SECOND = 5;

    private final KafkaFixture kafka = KafkaFixture.shared();
    private final CommittedRecords committed = new CommittedRecords(kafka);

    @TempDir
    Path stateRoot;

    @Test
    void everyAcceptedVersionIsPublishedExactlyOnceThroughKillsAndABrokerRestart() throws Exception {
        PipelineSettings settings = PipelineSettings.create(kafka, "chaos", 3, stateRoot);
        Topics topics = settings.topics();
        Path logs = Path.of("target", "chaos-logs", settings.prefix().replaceAll("\\.$", ""));
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger enrichKills = new AtomicInteger();
        AtomicInteger publishKills = new AtomicInteger();
        AtomicInteger brokerRestarts = new AtomicInteger();
        AtomicReference<Throwable> chaosFailure = new AtomicReference<>();
        String brokerNote = kafka.kind() == BrokerKind.EMBEDDED ? "embedded broker"
                : "SKIPPED: the " + kafka.kind() + " broker cannot be restarted by the testkit";

        ScheduledExecutorService load = Schedules.daemon("chaos-load", 1);
        ScheduledExecutorService monkey = Schedules.daemon("chaos-monkey", 1);
        ScheduledExecutorService supervisor = Schedules.daemon("chaos-supervisor", 1);
        try (IngestService ingest = IngestService.start(PipelineSettings.configSource(settings.ingest()));
             ServiceProcess enrichA = settings.enrichProcess("enrich-a", logs);
             ServiceProcess enrichB = settings.enrichProcess("enrich-b", logs);
             ServiceProcess publish = settings.publishProcess("publish", logs)) {
            List<ServiceProcess> services = List.of(enrichA, enrichB, publish);
            services.forEach(ServiceProcess::start);
            await("enrich-a, enrich-b and publish healthy").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> services.stream().allMatch(ServiceProcess::healthy));

            NewsroomLoad newsroom = new NewsroomLoad(ingest.port(), PipelineSettings.INGEST_TOKEN);
            load.scheduleAtFixedRate(newsroom, 0, 1000 / SUBMISSIONS_PER_SECOND, TimeUnit.MILLISECONDS);

            // Kill one instance at a time, in turn, without warning, and start it again at once (its
            // replacement still takes seconds to boot and rejoin, during which the others carry on).
            List<ServiceProcess> victims = List.of(enrichA, publish, enrichB);
            // About seven kills in a short run; in a long one a kill every 15 s. Never faster than 6 s:
            // a replacement needs that long to boot and rejoin, and killing it then proves nothing new.
            long killEveryMs = Math.min(15_000, Math.max(6_000, CHAOS.toMillis() / 7));
            monkey.scheduleWithFixedDelay(() -> Schedules.guard(chaosFailure, () -> {
                ServiceProcess victim = victims.get(kills.get() % victims.size());
                victim.killAndStart();
                kills.incrementAndGet();
                (victim == publish ? publishKills : enrichKills).incrementAndGet();
            }), killEveryMs, killEveryMs, TimeUnit.MILLISECONDS);
            monkey.schedule(() -> Schedules.guard(chaosFailure, () -> {
                if (kafka.kind() == BrokerKind.EMBEDDED) {
                    kafka.restartBroker();
                    brokerRestarts.incrementAndGet();
                } else {
                    System.out.println("[chaos] !!! broker restart " + brokerNote + " !!!");
                }
            }), CHAOS.toMillis() / 2, TimeUnit.MILLISECONDS);
            // Like an orchestrator: start what died on its own, restart what stays unhealthy.
            ServiceSupervisor orchestrator = new ServiceSupervisor(services, "[chaos]");
            supervisor.scheduleWithFixedDelay(() -> Schedules.guard(chaosFailure, orchestrator), 2, 2, TimeUnit.SECONDS);

            Instant end = Instant.now().plus(CHAOS);
            await("the chaos period").atMost(CHAOS.plusSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Instant.now().isAfter(end));
            Schedules.stop(load);
            Schedules.stop(monkey);

            Instant drainStart = Instant.now();
            List<NewsroomLoad.Accepted> ledger = newsroom.accepted();
            boolean drained = Drain.until("every accepted version on articles.events and the latest of each article on "
                    + "articles.published", DRAIN, () -> PublicationAudit.of(committed, topics, ledger).complete());
            Schedules.stop(supervisor);
            // Read once more after draining: a duplicate committed late by a zombie would show here.
            PublicationAudit result = PublicationAudit.of(committed, topics, ledger);
            // Crashes and a broker restart are no reason to dead-letter anything: every record here is good.
            List<ConsumerRecord<byte[], DeadLetter>> deadLetters = committed.of(topics.deadLetters());

            System.out.printf("[chaos] %d s of chaos, %s%n", CHAOS.toSeconds(), result);
            System.out.printf("[chaos] kills survived %d (enrich %d, publish %d), broker restarts %d (%s), "
                            + "restarts of crashed instances %d, of unhealthy instances %d, drained %s in %d s%n",
                    kills.get(), enrichKills.get(), publishKills.get(), brokerRestarts.get(), brokerNote,
                    orchestrator.restartsOfCrashed(), orchestrator.restartsOfUnhealthy(), drained ? "yes" : "NO",
                    Duration.between(drainStart, Instant.now()).toSeconds());
            System.out.printf("[chaos] dead-lettered %d; ingest answers: %s; instance starts: %s%n", deadLetters.size(),
                    newsroom.answers(), services.stream().map(s -> s.name() + "=" + s.starts()).toList());
            deadLetters.stream().limit(5).forEach(r -> System.out.println("[chaos]   dead letter: " + r.value().getStage()
                    + " " + r.value().getExceptionMessage()));
            result.problems.forEach(p -> System.out.println("[chaos]   " + p));

            if (chaosFailure.get() != null) {
                throw new AssertionError("the chaos itself failed", chaosFailure.get());
            }
            assertTrue(result.accepted >= CHAOS.toSeconds(), "too few submissions accepted to prove anything: " + result);
            assertTrue(kills.get() >= 3, "too few kills to prove anything: " + kills.get());
            assertEquals(0, result.lost, "accepted versions lost: " + result.problems);
            assertEquals(0, result.duplicated, "versions published more than once: " + result.problems);
            assertEquals(0, result.latestWrong, "articles not at their latest version: " + result.problems);
            assertEquals(0, result.wrongContent, "events that do not match their submission: " + result.problems);
            assertEquals(0, deadLetters.size(), "good records dead-lettered under chaos");
            assertEquals(result.accepted, result.published + result.superseded, result.toString());
            assertTrue(drained, "the pipeline did not drain within " + DRAIN + ": " + result);
            if (kafka.kind() == BrokerKind.EMBEDDED) {
                assertEquals(1, brokerRestarts.get(), "the broker restart did not happen");
            }
        } finally {
            Schedules.stop(load);
            Schedules.stop(monkey);
            Schedules.stop(supervisor);
        }
    }
}
