package io.newsdesk.launcher;

import io.newsdesk.launcher.deadletter.DeadLetterEntry;
import io.newsdesk.launcher.deadletter.DeadLetterFormat;
import io.newsdesk.launcher.deadletter.DeadLetterReader;
import io.newsdesk.launcher.deadletter.DeadLetterReplayer;
import io.newsdesk.launcher.deadletter.DeadLetterSelection;
import io.newsdesk.launcher.deadletter.ReplayLedger;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code dlq list} and {@code dlq replay}: what is on the dead-letter topic, and sending it back to
 * where it failed once the cause is fixed. Both read the topic as a snapshot (read_committed, no
 * consumer group, from the beginning to the end offsets at start).
 */
final class DlqCommand implements Command {
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "dlq";
    }

    @Override
    public String synopsis() {
        // The options of both actions are in details(); all of them would not fit the overview's column.
        return "list|replay [OPTIONS]";
    }

    @Override
    public String summary() {
        return "list the dead letters, or replay them to their source topics";
    }

    @Override
    public String details() {
        return """
                dlq list    prints one line per record on articles.dlq, oldest first:
                              failedAt  stage  source-topic/partition@offset  Exception: message  key=...  (dlq position)
                            --max N      only the N most recent letters
                            --stage S    only letters of stage S or below it (--stage enrich: every enrich stage)
                            --topic T    only letters read from topic T
                            --json       one JSON object per letter with every field, original bytes in base64
                dlq replay  writes the ORIGINAL key, value and headers of the selected letters back to the
                            topic each was read from, with a newsdesk.replayed-from header naming the letter
                            (articles.dlq-0@42), using a transactional producer; then records them in
                            $NEWSDESK_DATA_DIR/dlq-replayed, so the next replay does not send them again
                            (a local file: replays from another machine do not see it).
                            --stage S, --topic T  as for list
                            --dry-run    print what would be sent, send nothing
                Letters that never were on a topic (a feed item ingest refused) cannot be replayed and
                are listed as such.

                environment:
                  KAFKA_BOOTSTRAP_SERVERS  the cluster (default: the local broker, 127.0.0.1:$NEWSDESK_BROKER_PORT)
                  NEWSDESK_BROKER_PORT     (%1$s)
                  NEWSDESK_TOPIC_PREFIX    prefix of the pipeline's topic names
                  NEWSDESK_DATA_DIR        (%2$s)
                  KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*, KAFKA_SSL_*  passed to the clients""".formatted(LauncherConfig.BROKER_PORT_SETTING.defaultValue(), LauncherConfig.DATA_DIR_SETTING.defaultValue());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("missing what to do: list or replay");
        }
        String action = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (action) {
            case "list" -> list(Arguments.parse(rest, Set.of("json"), Set.of("max", "stage", "topic"))
                    .requirePositionals(0, 0, ""), context);
            case "replay" -> replay(Arguments.parse(rest, Set.of("dry-run"), Set.of("stage", "topic"))
                    .requirePositionals(0, 0, ""), context);
            default -> throw new UsageException("unknown action '" + action + "': use list or replay");
        };
    }

    private int list(Arguments arguments, CliContext context) throws Exception {
        long max = arguments.longOption("max", 1).orElse(Long.MAX_VALUE);
        Setting setting = setting(context);
        DeadLetterSelection selection = selection(arguments);
        List<DeadLetterEntry> entries = read(setting).stream().filter(selection::matches)
                // Oldest first reads like a log; partitions interleave by time.
                .sorted(Comparator.comparing((DeadLetterEntry e) -> e.letter().map(l -> l.getFailedAt().toEpochMilli()).orElse(Long.MAX_VALUE))
                        .thenComparingInt(e -> e.position().partition()).thenComparingLong(DeadLetterEntry::offset))
                .toList();
        List<DeadLetterEntry> shown = entries.subList((int) Math.max(0, entries.size() - max), entries.size());
        ReplayLedger ledger = ReplayLedger.open(setting.config().dataDirectory());
        for (DeadLetterEntry entry : shown) {
            context.out().println(arguments.flag("json")
                    ? Json.write(DeadLetterFormat.json(entry, ledger.replayed(entry)))
                    : DeadLetterFormat.line(entry, ledger.replayed(entry)));
        }
        context.out().flush();
        context.err().println(entries.size() + " dead letter(s) on " + setting.dlqTopic()
                + (shown.size() < entries.size() ? ", the last " + shown.size() + " shown" : ""));
        return NewsdeskCli.OK;
    }

    private int replay(Arguments arguments, CliContext context) throws Exception {
        Setting setting = setting(context);
        ReplayLedger ledger = ReplayLedger.open(setting.config().dataDirectory());
        DeadLetterReplayer.Plan plan = DeadLetterReplayer.plan(read(setting), selection(arguments), ledger);
        plan.notReplayable().forEach((entry, why) -> context.err().println("not replayable: " + entry.reference() + ": " + why));
        boolean dryRun = arguments.flag("dry-run");
        for (DeadLetterEntry entry : plan.toSend()) {
            context.out().println((dryRun ? "would replay " : "replaying ") + entry.reference() + " -> "
                    + entry.letter().orElseThrow().getSourceTopic());
        }
        if (dryRun || plan.toSend().isEmpty()) {
            context.out().println((dryRun ? "dry run: would replay " : "replayed ") + (dryRun ? plan.toSend().size() : 0)
                    + " letter(s); " + plan.alreadyReplayed().size() + " replayed before (" + ledger.file() + "), "
                    + plan.notReplayable().size() + " not replayable");
            return NewsdeskCli.OK;
        }
        int sent;
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(setting),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            sent = DeadLetterReplayer.send(plan.toSend(), producer, ledger);
        } catch (TimeoutException e) {
            throw new CommandFailedException("no Kafka broker answered at " + setting.kafka().bootstrapServers()
                    + " within " + KAFKA_TIMEOUT.toSeconds() + " s while replaying; the letters not yet recorded in "
                    + ledger.file() + " can be replayed again", e);
        } catch (KafkaException e) {
            throw new CommandFailedException("replay failed: " + e.getMessage() + "; the letters not yet recorded in "
                    + ledger.file() + " can be replayed again", e);
        }
        context.out().println("replayed " + sent + " letter(s); " + plan.alreadyReplayed().size() + " replayed before ("
                + ledger.file() + "), " + plan.notReplayable().size() + " not replayable");
        // Letters that can never be replayed (no source topic) are reported above but fail nothing: every
        // later replay would fail for them too, and a status that is always 1 tells a script nothing.
        return NewsdeskCli.OK;
    }

    /** Where the command works: the cluster, the dead-letter topic's name and the launcher's settings. */
    private record Setting(LauncherConfig config, KafkaClientConfig kafka, String dlqTopic) {
    }

    private static Setting setting(CliContext context) {
        ConfigSource source = ConfigSource.load(LauncherConfig.DEFAULTS, context.environment());
        LauncherConfig config = LauncherConfig.from(source, context.workingDirectory());
        KafkaClientConfig kafka = KafkaClientConfig.from(source.with(Map.of(KafkaClientConfig.BOOTSTRAP_KEY,
                config.bootstrapServers())));
        return new Setting(config, kafka, Topics.withPrefix(config.topicPrefix()).deadLetters().name());
    }

    private static DeadLetterSelection selection(Arguments arguments) {
        return new DeadLetterSelection(arguments.option("stage"), arguments.option("topic"));
    }

    private static List<DeadLetterEntry> read(Setting setting) throws CommandFailedException {
        Map<String, Object> properties = new HashMap<>(setting.kafka().common());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsdesk-dlq");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            return new DeadLetterReader(KAFKA_TIMEOUT).readAll(consumer, setting.dlqTopic());
        } catch (TimeoutException e) {
            throw new CommandFailedException("no Kafka broker answered at " + setting.kafka().bootstrapServers() + " within "
                    + KAFKA_TIMEOUT.toSeconds() + " s (is ./newsdesk up running? KAFKA_BOOTSTRAP_SERVERS names another cluster)", e);
        } catch (IllegalStateException e) {
            throw new CommandFailedException(e.getMessage() + " on " + setting.kafka().bootstrapServers(), e);
        }
    }

    static Map<String, Object> producerProperties(Setting setting) {
        Map<String, Object> properties = new HashMap<>(setting.kafka().common());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "newsdesk-dlq-replay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One id per dead-letter topic: a second replay started meanwhile fences the first instead of racing it.
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsdesk-dlq-replay-" + setting.dlqTopic());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        return properties;
    }
}
