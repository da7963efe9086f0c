package io.newsdesk.launcher;

import io.newsdesk.launcher.kafka.TopicRecordDecoder;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code tail TOPIC [--from-beginning] [--max N]}: prints a topic's records as JSON lines decoded from
 * Avro, as a downstream consumer sees them (read_committed: records of aborted or open transactions
 * never show). It joins no consumer group and commits nothing, so it never disturbs the services.
 */
final class TailCommand implements Command {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);

    @Override
    public String name() {
        return "tail";
    }

    @Override
    public String synopsis() {
        return "TOPIC [--from-beginning] [--max N]";
    }

    @Override
    public String summary() {
        return "print a topic's records as JSON lines";
    }

    @Override
    public String details() {
        return """
                Prints the records of TOPIC as JSON lines, one per record:
                  {"topic","partition","offset","timestamp","key","headers","value"}
                with the value decoded from Avro by the topic's contract (articles.submitted holds
                Submission records, articles.published PublishedArticle, ...). A tombstone prints as
                "value": null. Only committed records are shown (read_committed).
                  --from-beginning  start at the oldest record (default: only new records)
                  --max N           stop after N records (default: run until Ctrl-C)
                Topics: articles.submitted, articles.tagged, articles.enriched, articles.published
                (and its slices articles.published.NAME), articles.events, articles.dlq, digests,
                ingest.feed-items (and a release v1 cluster's articles.versions); with
                NEWSDESK_TOPIC_PREFIX in front when it is set.

                environment:
                  KAFKA_BOOTSTRAP_SERVERS  the cluster (default: the local broker, 127.0.0.1:$NEWSDESK_BROKER_PORT)
                  NEWSDESK_BROKER_PORT     (%1$s)
                  KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*, KAFKA_SSL_*  passed to the consumer""".formatted(LauncherConfig.BROKER_PORT_SETTING.defaultValue());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of("from-beginning"), Set.of("max"))
                .requirePositionals(1, 1, "TOPIC");
        String topic = arguments.positionals().get(0);
        long max = arguments.longOption("max", 1).orElse(Long.MAX_VALUE);
        ConfigSource source = ConfigSource.load(LauncherConfig.DEFAULTS, context.environment());
        LauncherConfig config = LauncherConfig.from(source, context.workingDirectory());
        TopicRecordDecoder decoder = TopicRecordDecoder.forTopic(topic).orElseThrow(() -> new UsageException(
                "'" + topic + "' is not a Newsdesk topic; topics: " + String.join(", ",
                        Topics.withPrefix(config.topicPrefix()).specs().stream().map(TopicSpec::name).toList())));

        KafkaClientConfig kafka = KafkaClientConfig.from(source.with(Map.of(KafkaClientConfig.BOOTSTRAP_KEY,
                config.bootstrapServers())));
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(kafka),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic, kafka.bootstrapServers());
            consumer.assign(partitions);
            if (arguments.flag("from-beginning")) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            context.err().println("tailing " + topic + " (" + decoder.valueType() + ", " + partitions.size()
                    + " partitions) on " + kafka.bootstrapServers()
                    + (max == Long.MAX_VALUE ? "; Ctrl-C stops" : "; stopping after " + max + " record(s)"));
            CountDownLatch finished = new CountDownLatch(1);
            // Ctrl-C interrupts the poll; waiting for the loop to end lets the consumer close cleanly.
            Thread stopper = new Thread(() -> {
                consumer.wakeup();
                awaitQuietly(finished);
            }, "newsdesk-tail-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                copy(consumer, decoder, max, context.out());
            } catch (WakeupException stopped) {
                // Ctrl-C: the records so far were printed; stopping is the normal end of an open-ended tail.
            } finally {
                finished.countDown();
                removeHook(stopper);
            }
        }
        return NewsdeskCli.OK;
    }

    /** Prints records until {@code max} were printed; returns how many were. */
    static long copy(Consumer<byte[], byte[]> consumer, TopicRecordDecoder decoder, long max, PrintStream out) {
        long printed = 0;
        while (printed < max) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                out.println(Json.write(decoder.toJson(record)));
                printed++;
                if (printed >= max) {
                    break;
                }
            }
            out.flush();
        }
        return printed;
    }

    static Map<String, Object> consumerProperties(KafkaClientConfig kafka) {
        Map<String, Object> properties = new HashMap<>(kafka.common());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsdesk-tail");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) METADATA_TIMEOUT.toMillis());
        return properties;
    }

    private static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic, String bootstrap)
            throws CommandFailedException {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        } catch (TimeoutException e) {
            throw new CommandFailedException("no Kafka broker answered at " + bootstrap + " within "
                    + METADATA_TIMEOUT.toSeconds() + " s (is ./newsdesk up running? KAFKA_BOOTSTRAP_SERVERS names another cluster)", e);
        }
        if (infos == null || infos.isEmpty()) {
            throw new CommandFailedException("topic " + topic + " does not exist on " + bootstrap
                    + " (./newsdesk up creates the pipeline's topics)");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already running the hook: nothing to remove.
        }
    }
}
