package io.newsdesk.launcher.kafka;

import io.newsdesk.platform.topics.Topic;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until given article versions are on {@code articles.published}, reading it as a downstream
 * consumer would: from the beginning, committed records only, no consumer group. The compacted topic
 * holds the latest version per article; a tombstone means the article was withheld or retracted.
 */
public final class PublishedWatcher implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);

    /** What the wait found: the published record of each awaited article, and the ones still missing. */
    public record Outcome(Map<String, PublishedArticle> published, Map<String, Long> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private final org.apache.kafka.clients.consumer.Consumer<String, PublishedArticle> consumer;
    private final String topic;

    public PublishedWatcher(org.apache.kafka.clients.consumer.Consumer<String, PublishedArticle> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** A watcher with its own consumer, which {@link #close()} closes. */
    public static PublishedWatcher open(Map<String, Object> clientProperties, Topic<String, PublishedArticle> published) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put("client.id", "newsdesk-demo-watch");
        properties.put("isolation.level", "read_committed");
        properties.put("enable.auto.commit", false);
        properties.put("allow.auto.create.topics", false);
        return new PublishedWatcher(new KafkaConsumer<>(properties, published.keySerde().deserializer(),
                published.valueSerde().deserializer()), published.name());
    }

    /**
     * Reads until every article in {@code awaited} (article id to version) is published at that version
     * or a later one, or until {@code timeout} passed.
     *
     * @param onPublished told once about each awaited article as soon as it is seen published
     */
    public Outcome await(Map<String, Long> awaited, Duration timeout, Consumer<PublishedArticle> onPublished) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                .map((PartitionInfo p) -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<String, PublishedArticle> latest = new HashMap<>();
        Map<String, PublishedArticle> reported = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        while (reported.size() < awaited.size() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, PublishedArticle> record : consumer.poll(POLL)) {
                if (record.value() == null) {
                    latest.remove(record.key());
                } else {
                    latest.put(record.key(), record.value());
                }
            }
            awaited.forEach((articleId, version) -> {
                PublishedArticle article = latest.get(articleId);
                if (article != null && article.getVersion() >= version && !reported.containsKey(articleId)) {
                    reported.put(articleId, article);
                    onPublished.accept(article);
                }
            });
        }
        Map<String, Long> missing = new LinkedHashMap<>(awaited);
        missing.keySet().removeAll(reported.keySet());
        return new Outcome(reported, missing);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
