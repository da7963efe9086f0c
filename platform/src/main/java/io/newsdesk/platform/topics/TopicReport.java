package io.newsdesk.platform.topics;

import java.util.List;

/**
 * What {@link TopicAdmin#ensure} found: the topics it created, and existing topics that keep their records
 * less safely than the service's replication asks (fewer copies, a lower {@code min.insync.replicas}, unclean
 * leader election on), each in words an operator can act on. Services show the latter in {@code /health}.
 */
public record TopicReport(List<String> created, List<String> weaker) {
    public TopicReport {
        created = List.copyOf(created);
        weaker = List.copyOf(weaker);
    }
}
