package io.newsdesk.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.broker.LocalKafkaCluster;
import io.newsdesk.ingest.IngestService;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.testkit.ClusterFixture;
import io.newsdesk.testkit.KafkaFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing published twice, and nothing acknowledged that the cluster could not keep, on a real
 * three-broker cluster ({@link ClusterFixture}: three KRaft nodes, each a process, replication 3,
 * {@code min.insync.replicas=2}) whose brokers are killed with SIGKILL.
 *
 * <p>Ingest runs in this JVM and takes a steady stream of new articles and updates over HTTP; enrich and two
 * publish instances (one application id, so they share the partitions and keep standby copies of each
 * other's state) run as processes. Then, in turn, each step waiting on what proves it took effect:
 * <ol>
 *   <li>the leader of the busiest {@code articles.submitted} partition is killed; ingest must accept again
 *       once a new leader is elected; the node is started again and the cluster heals;</li>
 *   <li>two brokers are killed, so one is left: fewer than {@code min.insync.replicas} copies can be written,
 *       so ingest must answer 503 (and its {@code /health} say DOWN), never 202, until a broker returns, and
 *       accept again then;</li>
 *   <li>the active KRaft controller is killed; another is elected and ingest goes on accepting;</li>
 *   <li>the broker coordinating an open publish transaction is killed;</li>
 *   <li>enrich, then a publish instance, is killed while the coordinator shows a transaction of it open.</li>
 * </ol>
 * Then the load stops, the pipeline drains, and {@link PublicationAudit} compares every accepted (articleId,
 * version) with {@code articles.events} and {@code articles.published}, read read_committed, and
 * {@link ReadSideAudit} checks that each publish instance's API serves what {@code articles.published} holds.
 *
 * <p>Length: one round of the steps in CI (about four minutes on a two-core machine);
 * {@code -Dnewsdesk.cluster.chaos.rounds=N} repeats them. The children's logs are in
 * {@code target/cluster-chaos-logs}; the brokers' in each node's {@code node.log} (the path is printed).
 */
class ClusterChaosIT {
    private static final int ROUNDS = Integer.getInteger("newsdesk.cluster.chaos.rounds", 1);
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("newsdesk.chaos.drain.seconds", 150));
    /** Bound on any one step's wait: a failover, an election, a restart on a busy two-core machine. */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration HEAL_TIMEOUT = Duration.ofSeconds(120);
    /** 503s asked and answered while one broker is left, before one is started again: enough to be a pattern. */
    private static final int REFUSALS_TO_SEE = 3;
    /** Requests in flight at once: a submission waits up to twice the ack timeout while the cluster cannot answer. */
    private static final int LOAD_THREADS = 4;
    private static final String LOG = "[cluster-chaos]";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @TempDir
    Path stateRoot;

    private final Map<String, Integer> kills = new LinkedHashMap<>();
    private final List<String> steps = new ArrayList<>();
    private final List<String> refusedWhileOneBrokerLeft = new ArrayList<>();
    private final List<IngestAnswers.Answer> acceptedWhileOneBrokerLeft = new ArrayList<>();
    private int midTransactionConfirmed;

    @Test
    void everyAcceptedVersionIsPublishedExactlyOnceWhileBrokersAndServicesAreKilled() throws Exception {
        Instant testStart = Instant.now();
        try (ClusterFixture fixture = ClusterFixture.start()) {
            run(fixture, testStart);
        }
    }

    private void run(ClusterFixture fixture, Instant testStart) throws Exception {
        LocalKafkaCluster cluster = fixture.cluster();
        KafkaFixture kafka = fixture.kafka();
        PipelineSettings settings = PipelineSettings.create(kafka, "cluster-chaos", 3, stateRoot);
        Topics topics = settings.topics();
        CommittedRecords committed = new CommittedRecords(kafka);
        Path logs = Path.of("target", "cluster-chaos-logs", settings.prefix().replaceAll("\\.$", ""));
        AtomicReference<Throwable> chaosFailure = new AtomicReference<>();

        ScheduledExecutorService load = Schedules.daemon("cluster-chaos-load", LOAD_THREADS);
        ScheduledExecutorService supervisor = Schedules.daemon("cluster-chaos-supervisor", 1);
        try (Admin admin = Admin.create(kafka.adminProperties());
             IngestService ingest = IngestService.start(PipelineSettings.configSource(settings.ingest()));
             ServiceProcess enrich = settings.enrichProcess("enrich", logs);
             ServiceProcess publishA = settings.publishProcess("publish-a", logs);
             ServiceProcess publishB = settings.publishProcess("publish-b", logs)) {
            List<ServiceProcess> services = List.of(enrich, publishA, publishB);
            services.forEach(ServiceProcess::start);
            await("enrich, publish-a and publish-b healthy").atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> services.stream().allMatch(ServiceProcess::healthy));

            NewsroomLoad newsroom = new NewsroomLoad(ingest.port(), PipelineSettings.INGEST_TOKEN);
            load.scheduleAtFixedRate(newsroom, 0, 1000 / ChaosIT.SUBMISSIONS_PER_SECOND, TimeUnit.MILLISECONDS);
            ServiceSupervisor orchestrator = new ServiceSupervisor(services, LOG);
            supervisor.scheduleWithFixedDelay(() -> Schedules.guard(chaosFailure, orchestrator), 2, 2, TimeUnit.SECONDS);
            await("the first article published, end to end").atMost(STEP_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !committed.of(topics.events()).isEmpty());
            Instant chaosStart = Instant.now();

            Faults faults = new Faults(cluster, admin, ingest, newsroom, topics);
            for (int round = 1; round <= ROUNDS; round++) {
                step(round, "leader of the busiest partition killed", faults::killBusiestPartitionLeader);
                step(round, "two brokers killed, one left", faults::leaveOneBroker);
                step(round, "active controller killed", faults::killActiveController);
                step(round, "coordinator of an open publish transaction killed",
                        () -> faults.killTransactionCoordinator(settings.publishAppId() + "-"));
                step(round, "enrich killed mid-transaction",
                        () -> faults.killMidTransaction(enrich, settings.enrichAppId(), Optional.empty(), "enrich"));
                ServiceProcess publishVictim = round % 2 == 1 ? publishA : publishB;
                step(round, publishVictim.name() + " killed mid-transaction",
                        () -> faults.killMidTransaction(publishVictim, settings.publishAppId(),
                                Optional.of(stateRoot.resolve(publishVictim.name())), "publish"));
            }
            Duration chaos = Duration.between(chaosStart, Instant.now());
            Schedules.stop(load);

            Instant drainStart = Instant.now();
            List<NewsroomLoad.Accepted> ledger = newsroom.accepted();
            boolean drained = Drain.until("every accepted version on articles.events, the latest of each article on "
                    + "articles.published, and both publish instances serving it", DRAIN,
                    () -> PublicationAudit.of(committed, topics, ledger).complete()
                            && readSide(committed, topics, publishA, publishB).stream().allMatch(ReadSideAudit::consistent));
            Schedules.stop(supervisor);
            // Read once more after draining: a duplicate committed late by a zombie would show here.
            PublicationAudit result = PublicationAudit.of(committed, topics, ledger);
            List<ReadSideAudit> readSide = readSide(committed, topics, publishA, publishB);
            // Broker and instance failures are no reason to dead-letter anything: every record here is good.
            List<ConsumerRecord<byte[], DeadLetter>> deadLetters = committed.of(topics.deadLetters());
            IngestAnswers answers = newsroom.answerLog();

            System.out.printf("%s %d round(s), %d s of chaos on a 3-broker cluster; %s%n", LOG, ROUNDS, chaos.toSeconds(), result);
            System.out.printf("%s accepted %d, published %d, lost %d, duplicated %d%n", LOG, result.accepted, result.published,
                    result.lost, result.duplicated);
            System.out.printf("%s kills: %s; mid-transaction kills confirmed by the coordinator %d%n", LOG,
                    kills.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    midTransactionConfirmed);
            System.out.printf("%s longest time ingest answered 503: %.1f s; with one broker left: %s refused, %d accepted%n",
                    LOG, answers.longest503Spell().toMillis() / 1000.0, refusedWhileOneBrokerLeft,
                    acceptedWhileOneBrokerLeft.size());
            System.out.printf("%s read side: %s; drained %s in %d s; dead-lettered %d; ingest answers %s; instance starts %s; "
                            + "restarts of crashed instances %d, of unhealthy %d; whole test %d s%n", LOG,
                    readSide.stream().map(Object::toString).collect(Collectors.joining(" / ")), drained ? "yes" : "NO",
                    Duration.between(drainStart, Instant.now()).toSeconds(), deadLetters.size(), newsroom.answers(),
                    services.stream().map(s -> s.name() + "=" + s.starts()).toList(), orchestrator.restartsOfCrashed(),
                    orchestrator.restartsOfUnhealthy(), Duration.between(testStart, Instant.now()).toSeconds());
            steps.forEach(step -> System.out.println(LOG + "   " + step));
            result.problems.forEach(p -> System.out.println(LOG + "   " + p));
            readSide.forEach(r -> r.problems.forEach(p -> System.out.println(LOG + "   read side: " + p)));
            deadLetters.stream().limit(5).forEach(r -> System.out.println(LOG + "   dead letter: " + r.value().getStage()
                    + " " + r.value().getExceptionMessage()));

            if (chaosFailure.get() != null) {
                throw new AssertionError("the chaos itself failed", chaosFailure.get());
            }
            assertEquals(List.of(), acceptedWhileOneBrokerLeft,
                    "ingest answered 202 while fewer brokers than min.insync.replicas were up");
            assertTrue(result.accepted >= 100, "too few submissions accepted to prove anything: " + result);
            assertEquals(0, result.lost, "accepted versions lost: " + result.problems);
            assertEquals(0, result.duplicated, "versions published more than once: " + result.problems);
            assertEquals(0, result.latestWrong, "articles not at their latest version: " + result.problems);
            assertEquals(0, result.wrongContent, "events that do not match their submission: " + result.problems);
            assertEquals(result.accepted, result.published + result.superseded, result.toString());
            assertEquals(0, deadLetters.size(), "good records dead-lettered under chaos");
            assertTrue(readSide.stream().allMatch(ReadSideAudit::consistent), "publish's API disagrees with articles.published");
            assertTrue(drained, "the pipeline did not drain within " + DRAIN + ": " + result);
        } finally {
            Schedules.stop(load);
            Schedules.stop(supervisor);
        }
    }

    private void step(int round, String name, ThrowingStep step) throws Exception {
        Instant start = Instant.now();
        System.out.printf("%s round %d: %s ...%n", LOG, round, name);
        step.run();
        String done = String.format("round %d: %s, healed in %d s", round, name, Duration.between(start, Instant.now()).toSeconds());
        steps.add(done);
        System.out.println(LOG + " " + done);
    }

    private static List<ReadSideAudit> readSide(CommittedRecords committed, Topics topics, ServiceProcess... instances) {
        var published = committed.of(topics.published());
        List<ReadSideAudit> audits = new ArrayList<>();
        for (ServiceProcess instance : instances) {
            audits.add(ReadSideAudit.of(published, instance.port()));
        }
        return audits;
    }

    @FunctionalInterface
    private interface ThrowingStep {
        void run() throws Exception;
    }

    /** The faults, each injected, proven to have taken effect, and healed. */
    private final class Faults {
        private final LocalKafkaCluster cluster;
        private final Admin admin;
        private final IngestService ingest;
        private final NewsroomLoad newsroom;
        private final Topics topics;

        Faults(LocalKafkaCluster cluster, Admin admin, IngestService ingest, NewsroomLoad newsroom, Topics topics) {
            this.cluster = cluster;
            this.admin = admin;
            this.ingest = ingest;
            this.newsroom = newsroom;
            this.topics = topics;
        }

        void killBusiestPartitionLeader() throws Exception {
            TopicPartition busiest = busiestSubmittedPartition();
            int leader = cluster.leaderOf(busiest.topic(), busiest.partition()).orElseThrow();
            Instant killedAt = killBroker(leader, "partition leader");
            await("a new leader of " + busiest + " and a submission accepted since node " + leader + " was killed")
                    .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> cluster.leaderOf(busiest.topic(), busiest.partition()).stream().anyMatch(id -> id != leader)
                            && acceptedSince(killedAt));
            heal(leader);
        }

        /**
         * Two of three brokers down: no partition can have two in-sync copies, and the controller quorum is lost
         * with them (so the metadata itself no longer changes: only the writes' silence tells). Every submission
         * asked and answered in that state must be refused.
         */
        void leaveOneBroker() throws Exception {
            TopicPartition busiest = busiestSubmittedPartition();
            int first = cluster.leaderOf(busiest.topic(), busiest.partition()).orElseThrow();
            int second = cluster.runningNodeIds().stream().filter(id -> id != first).findFirst().orElseThrow();
            killBroker(first, "partition leader (one of two)");
            Instant oneLeft = killBroker(second, "second broker (one left)");
            AtomicReference<String> healthSaid = new AtomicReference<>("not asked");
            await("ingest's /health DOWN and " + REFUSALS_TO_SEE + " submissions asked since answered 503")
                    .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        healthSaid.set(ingestHealth());
                        return healthSaid.get().startsWith("503") && newsroom.answerLog().sentSince(oneLeft).stream()
                                .filter(a -> a.status() == 503).count() >= REFUSALS_TO_SEE;
                    });
            Instant brokerReturns = Instant.now();
            IngestAnswers answers = newsroom.answerLog();
            acceptedWhileOneBrokerLeft.addAll(answers.acceptedWithin(oneLeft, brokerReturns));
            refusedWhileOneBrokerLeft.add(answers.sentSince(oneLeft).stream().filter(a -> !a.answered().isAfter(brokerReturns))
                    .filter(a -> a.status() == 503).count() + " in " + Duration.between(oneLeft, brokerReturns).toSeconds()
                    + " s (ingest's /health: " + healthSaid.get().substring(0, Math.min(160, healthSaid.get().length())) + ")");

            cluster.startNode(first);
            Instant twoUp = Instant.now();
            await("ingest accepting again once a second broker is back").atMost(STEP_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250)).until(() -> acceptedSince(twoUp));
            heal(second);
        }

        void killActiveController() throws Exception {
            int controller = cluster.activeController().orElseThrow();
            Instant killedAt = killBroker(controller, "active controller");
            await("another controller elected and a submission accepted since node " + controller + " was killed")
                    .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> cluster.activeController().stream().anyMatch(id -> id != controller) && acceptedSince(killedAt));
            heal(controller);
        }

        void killTransactionCoordinator(String transactionalIdPrefix) throws Exception {
            AtomicReference<TransactionListing> open = new AtomicReference<>();
            await("an open transaction named " + transactionalIdPrefix + "*").atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .ignoreExceptions().until(() -> {
                        open.set(openTransactions(transactionalIdPrefix).stream().findFirst().orElse(null));
                        return open.get() != null;
                    });
            String transactionalId = open.get().transactionalId();
            int coordinator = admin.describeTransactions(List.of(transactionalId)).description(transactionalId)
                    .get(30, TimeUnit.SECONDS).coordinatorId();
            Instant killedAt = killBroker(coordinator, "transaction coordinator");
            await("another coordinator for " + transactionalId + " and a submission accepted since").atMost(STEP_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> admin.describeTransactions(List.of(transactionalId)).description(transactionalId)
                            .get(5, TimeUnit.SECONDS).coordinatorId() != coordinator && acceptedSince(killedAt));
            heal(coordinator);
        }

        /**
         * Kills {@code victim} while the coordinator lists a transaction of it as open, and starts it again at
         * once. The coordinator is asked again right after the kill: still open means the kill caught it
         * mid-transaction (counted as confirmed); a transaction that committed in the few milliseconds between
         * is retried, up to three kills.
         *
         * @param stateDir the instance's Streams state directory, whose process id names its transactions; empty
         *                 for a stateless service, whose every transaction of the application is this instance's
         */
        void killMidTransaction(ServiceProcess victim, String applicationId, Optional<Path> stateDir, String kind)
                throws Exception {
            for (int attempt = 1; attempt <= 3; attempt++) {
                String prefix = transactionPrefix(applicationId, stateDir);
                AtomicReference<TransactionListing> open = new AtomicReference<>();
                await("an open transaction of " + victim.name()).atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(20))
                        .ignoreExceptions().until(() -> {
                            open.set(openTransactions(prefix).stream().findFirst().orElse(null));
                            return open.get() != null;
                        });
                victim.killAndStart();
                kills.merge(kind + " (mid-transaction)", 1, Integer::sum);
                TransactionDescription after = admin.describeTransactions(List.of(open.get().transactionalId()))
                        .description(open.get().transactionalId()).get(30, TimeUnit.SECONDS);
                boolean caught = after.state() == TransactionState.ONGOING && after.producerId() == open.get().producerId();
                System.out.printf("%s killed %s with transaction %s open; the coordinator now says %s%n", LOG, victim.name(),
                        open.get().transactionalId(), after.state());
                await(victim.name() + " healthy again").atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                        .until(victim::healthy);
                if (caught) {
                    midTransactionConfirmed++;
                    return;
                }
            }
        }

        private Instant killBroker(int node, String kind) {
            cluster.kill(node);
            kills.merge(kind, 1, Integer::sum);
            System.out.printf("%s killed node %d (%s)%n", LOG, node, kind);
            return Instant.now();
        }

        /** Starts the node again and waits until every partition has all its copies in sync. */
        private void heal(int node) {
            cluster.startNode(node);
            cluster.awaitFullyReplicated(HEAL_TIMEOUT);
        }

        private boolean acceptedSince(Instant since) {
            return newsroom.answerLog().sentSince(since).stream().anyMatch(a -> a.status() == 202);
        }

        /** The partition of articles.submitted with the most records: where a leader's death hurts most. */
        private TopicPartition busiestSubmittedPartition() throws Exception {
            String topic = topics.submitted().name();
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .max(Comparator.comparingLong(e -> e.getValue().offset())).orElseThrow().getKey();
        }

        private List<TransactionListing> openTransactions(String transactionalIdPrefix) throws Exception {
            return admin.listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
                    .all().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.transactionalId().startsWith(transactionalIdPrefix)).toList();
        }

        /**
         * Exactly-once Streams names each thread's transactions {@code <application id>-<process id>-<thread>};
         * an instance with persistent state keeps its process id in its state directory, which tells its
         * transactions from those of the other instances.
         */
        private String transactionPrefix(String applicationId, Optional<Path> stateDir) throws IOException {
            if (stateDir.isPresent()) {
                Path metadata = stateDir.get().resolve(applicationId).resolve("kafka-streams-process-metadata");
                if (Files.exists(metadata)) {
                    return applicationId + "-" + Json.mapper().readTree(metadata.toFile()).path("processId").asText() + "-";
                }
            }
            return applicationId + "-";
        }

        /** ingest's {@code /health}: the status and the body. */
        private String ingestHealth() {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ingest.port() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() + " " + response.body();
            } catch (IOException e) {
                return "no answer: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }
}
