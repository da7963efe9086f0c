package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagTableTest {
    private static final TopicPartition SUBMITTED_0 = new TopicPartition("articles.submitted", 0);
    private static final TopicPartition SUBMITTED_1 = new TopicPartition("articles.submitted", 1);
    private static final TopicPartition ENRICHED_0 = new TopicPartition("articles.enriched", 0);
    private static final Map<TopicPartition, Long> ENDS = Map.of(SUBMITTED_0, 10L, SUBMITTED_1, 7L, ENRICHED_0, 4L);

    @Test
    void lagIsEndMinusCommittedSummedPerTopicOverCommittedPartitions() {
        List<StatusSnapshot.GroupLag> rows = LagTable.of(ENDS,
                Map.of("newsdesk-enrich", Map.of(SUBMITTED_0, 8L, SUBMITTED_1, 7L)), List.of("newsdesk-enrich"));

        assertEquals(List.of(new StatusSnapshot.GroupLag("newsdesk-enrich",
                List.of(new StatusSnapshot.TopicLag("articles.submitted", 2, 2, 15, 2)), 2)), rows);
    }

    @Test
    void uncommittedPartitionsAreCountedApartNotGuessed() {
        List<StatusSnapshot.GroupLag> rows = LagTable.of(ENDS, Map.of("audit", Map.of(SUBMITTED_1, 3L)), List.of());

        assertEquals(List.of(new StatusSnapshot.GroupLag("audit",
                List.of(new StatusSnapshot.TopicLag("articles.submitted", 2, 1, 3, 4)), 4)), rows);
    }

    @Test
    void configuredGroupsComeFirstAndShowEvenWithoutOffsetsWhileOthersNeedANewsdeskTopic() {
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        committed.put("zeta-reader", Map.of(ENRICHED_0, 1L));
        committed.put("alpha-reader", Map.of(ENRICHED_0, 4L, SUBMITTED_0, 10L));
        committed.put("other-team", Map.of(new TopicPartition("payments", 0), 3L));
        committed.put("newsdesk-publish", Map.of());

        List<StatusSnapshot.GroupLag> rows = LagTable.of(ENDS, committed, List.of("newsdesk-publish", "newsdesk-enrich"));

        assertEquals(List.of("newsdesk-publish", "newsdesk-enrich", "alpha-reader", "zeta-reader"),
                rows.stream().map(StatusSnapshot.GroupLag::group).toList());
        assertEquals(List.of(), rows.get(1).topics());
        assertEquals(List.of(new StatusSnapshot.TopicLag("articles.enriched", 1, 1, 4, 0),
                new StatusSnapshot.TopicLag("articles.submitted", 2, 1, 10, 0)), rows.get(2).topics());
        assertEquals(3, rows.get(3).lag());
    }

    @Test
    void aCommitBeyondTheEndOffsetShowsNoNegativeLag() {
        List<StatusSnapshot.GroupLag> rows = LagTable.of(Map.of(ENRICHED_0, 4L), Map.of("g", Map.of(ENRICHED_0, 5L)), List.of());
        assertEquals(0, rows.get(0).lag());
    }
}
