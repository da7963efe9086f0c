package io.newsdesk.bench;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills {@code articles.published} with the archive, as publish would have written it over the years:
 * one record per article, keyed by articleId, in single-object encoding, uncompressed (publish's
 * producer does not compress either). Every write is acknowledged by the broker before the run goes on.
 */
final class ArchiveWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWriter.class);
    /** Writes in flight at most: enough to keep the broker busy, bounded so generation cannot run away. */
    private static final int IN_FLIGHT = 2_000;

    /** How the load went. */
    record Loaded(int records, long bytes, double seconds) {
        double meanRecordBytes() {
            return records == 0 ? 0 : (double) bytes / records;
        }
    }

    private ArchiveWriter() {
    }

    static Loaded write(String bootstrap, String topic, ArchiveArticles articles, int count) throws InterruptedException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        AvroSerde<PublishedArticle> serde = AvroSerde.of(PublishedArticle.class);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long started = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                if (failure.get() != null) {
                    throw new IllegalStateException("writing the archive failed at article " + i, failure.get());
                }
                PublishedArticle article = articles.article(i);
                byte[] value = serde.serializer().serialize(topic, article);
                bytes += value.length;
                inFlight.acquire();
                producer.send(new ProducerRecord<>(topic, article.getArticleId().getBytes(StandardCharsets.UTF_8), value),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                            inFlight.release();
                        });
                if ((i + 1) % Math.max(1, count / 10) == 0) {
                    LOG.info("archive: {} of {} articles written ({} s)", i + 1, count,
                            String.format("%.0f", (System.nanoTime() - started) / 1e9));
                }
            }
            producer.flush();
            if (!inFlight.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker did not acknowledge the last writes within 60 s");
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing the archive failed", failure.get());
        }
        return new Loaded(count, bytes, (System.nanoTime() - started) / 1e9);
    }

    /** A newsroom publishing one new article a second, from the archive's next index on, until closed. */
    static Newsroom newsroom(String bootstrap, String topic, ArchiveArticles articles, int next) {
        return new Newsroom(bootstrap, topic, articles, next);
    }

    /** See {@link #newsroom}. */
    static final class Newsroom implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final KafkaProducer<byte[], byte[]> producer;
        private final AtomicInteger published = new AtomicInteger();

        private Newsroom(String bootstrap, String topic, ArchiveArticles articles, int next) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(props);
            AvroSerde<PublishedArticle> serde = AvroSerde.of(PublishedArticle.class);
            timer.scheduleAtFixedRate(() -> {
                // Published now, so it heads the home page and the feeds.
                PublishedArticle article = articles.article(next + published.get());
                article.setFirstPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
                article.setPublishedAt(article.getFirstPublishedAt());
                producer.send(new ProducerRecord<>(topic, article.getArticleId().getBytes(StandardCharsets.UTF_8),
                        serde.serializer().serialize(topic, article)));
                published.incrementAndGet();
            }, 1, 1, TimeUnit.SECONDS);
        }

        int published() {
            return published.get();
        }

        @Override
        public void close() throws InterruptedException {
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
            producer.close();
        }
    }
}
