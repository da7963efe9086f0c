package io.newsdesk.publish.status;

import java.time.Instant;
import java.util.List;

/**
 * Everything the status page shows, as of one collection round. Immutable: the collector builds a new
 * one each round and swaps it in atomically, so a page never mixes two rounds.
 *
 * @param round          collection rounds finished so far; 0 until the first one is done
 * @param takenAt        when this round started
 * @param problems       what could not be read this round (figures from the last good round are kept)
 * @param topics         end offsets of every Newsdesk topic, routed slices included
 * @param groups         consumer groups and Streams applications with their lag on those topics
 * @param throughput     records per minute written to each stage's output topic (from end offsets)
 * @param latency        events published per minute and their end-to-end latency
 * @param eventsUndecodable records on the events topic that are not ArticleEvents (skipped, counted)
 */
public record StatusSnapshot(
        long round,
        Instant takenAt,
        String topicPrefix,
        int windowMinutes,
        List<String> problems,
        List<TopicOffsets> topics,
        List<GroupLag> groups,
        List<StageThroughput> throughput,
        List<LatencyMinute> latency,
        long eventsUndecodable,
        DeadLetterStatus deadLetters,
        FeedHealth feeds) {

    public StatusSnapshot {
        problems = List.copyOf(problems);
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        throughput = List.copyOf(throughput);
        latency = List.copyOf(latency);
    }

    /** What the page shows before the first round finished. */
    public static StatusSnapshot starting(Instant now, String topicPrefix, int windowMinutes) {
        return new StatusSnapshot(0, now, topicPrefix, windowMinutes,
                List.of("collecting the first figures; this page refreshes by itself"), List.of(), List.of(), List.of(),
                List.of(), 0, new DeadLetterStatus(0, 0, false, List.of()),
                new FeedHealth(FeedHealth.PENDING, null, "not checked yet", null, List.of()));
    }

    /** One topic: partitions, and the sums over them of the first and the next offset. */
    public record TopicOffsets(String topic, int partitions, long startOffset, long endOffset) {
    }

    /** One group on one topic; {@code lag} counts only the {@code committedPartitions} it committed on. */
    public record TopicLag(String topic, int partitions, int committedPartitions, long committedOffset, long lag) {
    }

    /** A group with its lag per topic; {@code topics} is empty when it committed nothing on a Newsdesk topic. */
    public record GroupLag(String group, List<TopicLag> topics, long lag) {
        public GroupLag {
            topics = List.copyOf(topics);
        }
    }

    /** Records added to a topic in one minute; {@code partial} when the minute was not watched throughout. */
    public record MinuteCount(Instant minute, long count, boolean partial) {
    }

    /** Output of one pipeline stage per minute, measured on its topic. */
    public record StageThroughput(String stage, String topic, List<MinuteCount> perMinute) {
        public StageThroughput {
            perMinute = List.copyOf(perMinute);
        }

        /** Records in the whole window. */
        public long total() {
            return perMinute.stream().mapToLong(MinuteCount::count).sum();
        }
    }

    /**
     * One minute of {@code articles.events}: events published in it, how many of them carried
     * {@code receivedAt} ({@code measured}), and quantiles of their latency; null when none did.
     */
    public record LatencyMinute(Instant minute, long events, long measured, Long p50Millis, Long p95Millis,
                                Long maxMillis) {
    }

    /** Why one record was dead-lettered, as read from {@code articles.dlq}. */
    public record DeadLetterReason(String stage, String exceptionClass, String message, String sourceTopic,
                                   int sourcePartition, long sourceOffset, Instant failedAt, int dlqPartition,
                                   long dlqOffset) {
    }

    /**
     * @param count       dead letters on the topic (committed ones, as long as retention keeps them)
     * @param undecodable of those, records that were not a DeadLetter; their reason is read from the headers
     * @param caughtUp    false while the collector is still reading the topic's backlog: count is a floor
     * @param latest      the most recent ones by failure time, newest first
     */
    public record DeadLetterStatus(long count, long undecodable, boolean caughtUp, List<DeadLetterReason> latest) {
        public DeadLetterStatus {
            latest = List.copyOf(latest);
        }
    }

    /**
     * Ingest's feed health, or why it is not known.
     *
     * @param state {@link #OK}, {@link #UNAVAILABLE}, {@link #DISABLED} or {@link #PENDING}
     */
    public record FeedHealth(String state, String ingestUrl, String detail, Instant checkedAt, List<FeedRow> feeds) {
        public static final String OK = "ok";
        public static final String UNAVAILABLE = "unavailable";
        public static final String DISABLED = "disabled";
        public static final String PENDING = "pending";

        public FeedHealth {
            feeds = List.copyOf(feeds);
        }
    }

    /** One polled feed as ingest reports it. */
    public record FeedRow(String source, String url, String status, Instant lastPollAt, Instant lastSuccessAt,
                          String lastError, long itemsSeen, long itemsSubmitted, long itemsRejected,
                          int consecutiveFailures) {
    }
}
