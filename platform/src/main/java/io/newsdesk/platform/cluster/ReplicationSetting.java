package io.newsdesk.platform.cluster;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Replication as configured, before the cluster is known: a number, or {@value #AUTO} to follow the cluster.
 * {@link #forCluster(int)} turns it into the {@link Replication} a service uses, once it has asked the cluster
 * how many brokers it has; a pure function, so the rules are tested without Kafka.
 *
 * <p>{@value #AUTO}: 3 copies with 2 in sync on a cluster of three brokers or more, as many copies as there
 * are brokers below that (with 1 in sync). An explicit factor larger than the cluster is refused at start:
 * topics with that many copies cannot be created, and silently creating fewer is exactly what this setting is
 * there to prevent.
 *
 * @param factorKey          the setting the factor came from, for messages
 * @param minInsyncKey       the setting the in-sync count came from, for messages
 * @param factor             empty for {@value #AUTO}
 * @param minInsyncReplicas  empty for {@value #AUTO} ({@link Replication#defaultMinInsync(int)} of the factor)
 */
public record ReplicationSetting(String factorKey, String minInsyncKey, OptionalInt factor, OptionalInt minInsyncReplicas) {

    public static final String AUTO = "auto";
    /** Copies {@value #AUTO} chooses on a cluster big enough: the production standard. */
    public static final int AUTO_FACTOR = 3;

    /** Reads the two declared counts ({@link #count}): the copies of each partition and how many must be in sync. */
    public static ReplicationSetting read(ConfigSource config, Setting<OptionalInt> factor, Setting<OptionalInt> minInsync) {
        return new ReplicationSetting(factor.key(), minInsync.key(), factor.read(config), minInsync.read(config));
    }

    /** Both {@value #AUTO}: what a service does when nothing is configured. */
    public static ReplicationSetting auto(String factorKey, String minInsyncKey) {
        return new ReplicationSetting(factorKey, minInsyncKey, OptionalInt.empty(), OptionalInt.empty());
    }

    public boolean automatic() {
        return factor.isEmpty() && minInsyncReplicas.isEmpty();
    }

    /**
     * The replication to use on a cluster of {@code brokers} brokers.
     *
     * @throws ConfigException when an explicit factor exceeds the brokers, or the in-sync count the factor
     */
    public Replication forCluster(int brokers) {
        if (brokers < 1) {
            throw new IllegalArgumentException("a cluster has at least one broker, was told " + brokers);
        }
        int copies = factor.orElse(Math.min(AUTO_FACTOR, brokers));
        if (copies > brokers) {
            throw new ConfigException(factorKey, Integer.toString(copies), "is more than the " + brokers
                    + " broker(s) of the cluster: topics with " + copies + " copies cannot be created there, and Newsdesk "
                    + "will not quietly create fewer. Set it to at most " + brokers + ", or to " + AUTO
                    + " to follow the cluster, or add brokers");
        }
        int inSync = minInsyncReplicas.orElse(Replication.defaultMinInsync(copies));
        if (inSync > copies) {
            throw new ConfigException(minInsyncKey, Integer.toString(inSync), "is more than the " + copies
                    + " copies of each partition (" + factorKey + "): no write could ever be acknowledged");
        }
        return Replication.of(copies, inSync);
    }

    /** What an operator should hear about {@code replication} on a cluster of {@code brokers}; empty when nothing. */
    public List<String> warnings(Replication replication, int brokers) {
        List<String> warnings = new ArrayList<>();
        if (replication.factor() < Math.min(AUTO_FACTOR, brokers)) {
            warnings.add(factorKey + "=" + replication.factor() + " on a cluster of " + brokers + " brokers: losing "
                    + (replication.factor() == 1 ? "one broker loses" : replication.factor() + " brokers loses")
                    + " data that was acknowledged. Use " + AUTO + " (" + Math.min(AUTO_FACTOR, brokers) + " copies)");
        }
        if (replication.factor() > 1 && replication.minInsyncReplicas() == 1) {
            warnings.add(minInsyncKey + "=1 with " + replication.factor() + " copies: a write is acknowledged once one "
                    + "broker has it, and is lost if that broker dies before the others copy it"
                    + (brokers < AUTO_FACTOR ? " (a cluster of " + brokers + " brokers cannot do better without "
                    + "refusing writes whenever a broker is down)" : ""));
        }
        return warnings;
    }

    /**
     * The declaration of a count that follows the cluster unless set: {@value #AUTO} by default, else a whole number
     * from 1.
     */
    public static Setting<OptionalInt> count(String key, String meaning) {
        return Setting.of(key, AUTO, meaning, ReplicationSetting::parseCount);
    }

    /** {@value #AUTO} (any case, or blank) as empty, else a whole number from 1 to {@link Short#MAX_VALUE}. */
    static OptionalInt parseCount(String text) {
        String requirement = "must be " + AUTO + " or a whole number between 1 and " + Short.MAX_VALUE;
        if (text.isBlank() || text.strip().toLowerCase(Locale.ROOT).equals(AUTO)) {
            return OptionalInt.empty();
        }
        int number;
        try {
            number = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(requirement);
        }
        if (number < 1 || number > Short.MAX_VALUE) {
            throw new IllegalArgumentException(requirement);
        }
        return OptionalInt.of(number);
    }
}
