package io.newsdesk.platform.topics;

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
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service needs when they are missing, with the layout of their {@link TopicSpec}.
 * Existing topics are left as they are (an operator may have tuned them), but a compacted one that keeps
 * tombstones for less than {@link TopicSpec#TOMBSTONE_RETENTION} is named in a WARN with the command
 * that fixes it: a topic created by an older release keeps Kafka's one day, and a reader rebuilt after
 * that would not learn of retractions.
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** @return the names that were created now */
    public static List<String> ensure(Admin admin, Collection<TopicSpec> specs, int partitions, short replication) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), partitions, replication).configs(spec.configs()));
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
                }
            }
            if (!created.isEmpty()) {
                LOG.info("created topics {} ({} partitions, replication {})", created, partitions, replication);
            }
            warnOfShortTombstoneRetention(admin, specs, existing);
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + specs.stream().map(TopicSpec::name).toList()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void warnOfShortTombstoneRetention(Admin admin, Collection<TopicSpec> specs, Set<String> existing)
            throws InterruptedException {
        List<ConfigResource> compacted = specs.stream().filter(s -> s.compacted() && existing.contains(s.name()))
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
