package io.newsdesk.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.platform.cluster.Replication;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that find an existing topic weaker than the replication a service runs with. */
class TopicAdminTest {
    private static final Replication PRODUCTION = Replication.of(3, 2);

    @Test
    void aTopicAsSafeAsAskedIsFine() {
        assertEquals(List.of(), TopicAdmin.weaknesses("articles.submitted", 3, "2", "false", PRODUCTION));
        assertEquals(List.of(), TopicAdmin.weaknesses("articles.submitted", 5, "3", "false", PRODUCTION));
    }

    @Test
    void fewerCopiesFewerInSyncAndUncleanElectionAreEachReported() {
        assertEquals(List.of(
                        "articles.submitted has 1 copy of some partitions, fewer than the 3 this cluster should keep",
                        "articles.submitted has min.insync.replicas=1, below 2: a write can be acknowledged while fewer "
                                + "brokers have it",
                        "articles.submitted has unclean.leader.election.enable=true: a replica that missed acknowledged "
                                + "writes may become leader and lose them"),
                TopicAdmin.weaknesses("articles.submitted", 1, "1", "true", PRODUCTION));
    }

    @Test
    void onOneBrokerOneCopyIsAllThatIsAsked() {
        assertEquals(List.of(), TopicAdmin.weaknesses("articles.submitted", 1, "1", "false", Replication.SINGLE_BROKER));
    }
}
