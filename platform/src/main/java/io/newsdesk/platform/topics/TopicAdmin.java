package io.newsdesk.platform.topics;

import io.newsdesk.platform.cluster.Replication;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service needs when they are missing, with the layout of their {@link TopicSpec} and
 * the service's {@link Replication}. Existing topics are left as they are (an operator may have tuned them),
 * but one that keeps its records less safely than the replication asks is reported: a WARN line each, and
 * the {@link TopicReport} the service shows in {@code /health}. A compacted one that keeps tombstones for
 * less than {@link TopicSpec#TOMBSTONE_RETENTION} is named in a WARN with the command that fixes it: a
 * topic created by an older release keeps Kafka's one day, and a reader rebuilt after that would not learn
 * of retractions.
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    public static TopicReport ensure(Admin admin, Collection<TopicSpec> specs, int partitions, Replication replication) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> alreadyThere = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (existing.contains(spec.name())) {
                    alreadyThere.add(spec.name());
                } else {
                    missing.add(new NewTopic(spec.name(), partitions, replication.factor()).configs(spec.configs(replication)));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    // Another instance created it a moment ago, with the same layout.
                }
            }
            if (!created.isEmpty()) {
                LOG.info("created topics {} ({} partitions, {})", created, partitions, replication);
            }
            warnOfShortTombstoneRetention(admin, specs, existing);
            List<String> weaker = weaker(admin, alreadyThere, replication);
            weaker.forEach(problem -> LOG.warn("topic {}; it is left as it is, change it with kafka-topics.sh / "
                    + "kafka-configs.sh or kafka-reassign-partitions.sh", problem));
            return new TopicReport(created, weaker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + specs.stream().map(TopicSpec::name).toList()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Each of {@code topics} that is less safe than {@code replication}, in words; empty when none is. */
    static List<String> weaker(Admin admin, List<String> topics, Replication replication)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
        List<String> weaker = new ArrayList<>();
        for (String topic : topics) {
            int copies = described.get(topic).partitions().stream()
                    .mapToInt(p -> p.replicas().size()).min().orElse(0);
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic));
            weaker.addAll(weaknesses(topic, copies, value(config, TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG),
                    value(config, TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG), replication));
        }
        return weaker;
    }

    /** The rules, without Kafka: fewer copies, fewer in sync, or unclean election allowed. */
    static List<String> weaknesses(String topic, int copies, String minInsync, String uncleanElection,
                                   Replication replication) {
        List<String> found = new ArrayList<>();
        if (copies < replication.factor()) {
            found.add(topic + " has " + copies + " cop" + (copies == 1 ? "y" : "ies") + " of some partitions, "
                    + "fewer than the " + replication.factor() + " this cluster should keep");
        }
        if (minInsync != null && Integer.parseInt(minInsync) < replication.minInsyncReplicas()) {
            found.add(topic + " has min.insync.replicas=" + minInsync + ", below " + replication.minInsyncReplicas()
                    + ": a write can be acknowledged while fewer brokers have it");
        }
        if ("true".equalsIgnoreCase(uncleanElection)) {
            found.add(topic + " has unclean.leader.election.enable=true: a replica that missed acknowledged "
                    + "writes may become leader and lose them");
        }
        return found;
    }

    private static String value(Config config, String name) {
        ConfigEntry entry = config == null ? null : config.get(name);
        return entry == null ? null : entry.value();
    }

    private static void warnOfShortTombstoneRetention(Admin admin, Collection<TopicSpec> specs, Set<String> existing)
            throws InterruptedException {
        List<ConfigResource> compacted = specs.stream().filter(s -> s.compacted() && s.retention() == null && existing.contains(s.name()))
                .map(s -> new ConfigResource(ConfigResource.Type.TOPIC, s.name())).toList();
        if (compacted.isEmpty()) {
            return;
        }
        Map<ConfigResource, Config> configs;
        try {
            configs = admin.describeConfigs(compacted).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // A cluster that does not let this client read topic configs still runs the service.
            LOG.warn("could not check how long topics {} keep tombstones: {}", compacted, e.toString());
            return;
        }
        long wanted = TopicSpec.TOMBSTONE_RETENTION.toMillis();
        configs.forEach((topic, config) -> {
            ConfigEntry entry = config.get(TopicConfig.DELETE_RETENTION_MS_CONFIG);
            if (entry != null && entry.value() != null && Long.parseLong(entry.value()) < wanted) {
                LOG.warn("topic {} keeps tombstones for {} ms only: a reader rebuilt later misses retractions. Fix with "
                        + "kafka-configs.sh --alter --entity-type topics --entity-name {} --add-config {}={}",
                        topic.name(), entry.value(), topic.name(), TopicConfig.DELETE_RETENTION_MS_CONFIG, wanted);
            }
        });
    }
}
