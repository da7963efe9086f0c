package io.newsdesk.launcher;

import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.launcher.local.IngestToken;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.launcher.local.LocalPipeline;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.publish.PublishConfig;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code up}: the whole pipeline on this machine, in this JVM, until Ctrl-C; with {@code --brokers 3} on a
 * local three-node Kafka cluster, each node a process of its own. See {@link LocalPipeline} for what starts
 * and in which order.
 */
final class UpCommand implements Command {

    @Override
    public String name() {
        return "up";
    }

    static final String BROKERS_OPTION = "brokers";

    @Override
    public String synopsis() {
        return "[--brokers 1|3|5]";
    }

    @Override
    public String summary() {
        return "run Kafka (embedded, or a local cluster) and ingest, enrich, publish; Ctrl-C stops";
    }

    @Override
    public String details() {
        return """
                Starts a single-node KRaft Kafka broker in this JVM (data kept in $NEWSDESK_DATA_DIR/kafka
                across restarts), creates every topic, then starts ingest (port %3$s), enrich (health on
                %5$s) and publish (the site, port %4$s), and prints where each one is. Ctrl-C stops publish,
                enrich, ingest and then the broker.

                --brokers 3 (or 5) runs a real Kafka cluster instead, as in production: that many KRaft nodes,
                each broker and controller, each a separate process on ports 9092, 9093, ... (from
                $NEWSDESK_BROKER_PORT), data in $NEWSDESK_DATA_DIR/cluster/node-N (node-N/node.log is its log).
                Topics get 3 copies and min.insync.replicas 2, so one node may be killed (kill -9) and the
                pipeline carries on; with two down, ingest answers 503 until one is back.
                Without ingest tokens configured, a token for the source "local" is generated once, stored in
                $NEWSDESK_DATA_DIR/ingest-token (readable by you only) and printed; ./newsdesk submit uses it.

                environment (besides every service's own keys, see the README):
                  NEWSDESK_DATA_DIR        broker data, Streams state, the local token (%1$s)
                  NEWSDESK_BROKER_PORT     the embedded broker's port, the first node's with --brokers (%2$s)
                  KAFKA_BOOTSTRAP_SERVERS  use this cluster instead; no broker is started (replication
                                           follows its size unless NEWSDESK_TOPIC_REPLICATION says otherwise)
                  NEWSDESK_INGEST_TOKENS   source:token,... for ingest; no local token is generated then
                  NEWSDESK_INGEST_PORT (%3$s), NEWSDESK_PUBLISH_PORT (%4$s), NEWSDESK_ENRICH_PORT (%5$s)""".formatted(LauncherConfig.DATA_DIR_SETTING.defaultValue(), LauncherConfig.BROKER_PORT_SETTING.defaultValue(),
                IngestConfig.DEFAULTS.get(IngestConfig.PORT), PublishConfig.DEFAULTS.get(PublishConfig.PORT),
                EnrichConfig.DEFAULTS.get(EnrichConfig.PORT));
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of(BROKERS_OPTION)).requirePositionals(0, 0, "nothing");
        LocalPipeline pipeline = start(context, brokers(arguments));
        CountDownLatch stopped = stopOnShutdown(pipeline, context);
        context.out().println("Stop with Ctrl-C.");
        stopped.await();
        return NewsdeskCli.OK;
    }

    /** {@code --brokers N}: how many local brokers to run (1 unless given). */
    static int brokers(Arguments arguments) throws UsageException {
        return arguments.longOption(BROKERS_OPTION, 1).map(Long::intValue).orElse(1);
    }

    /** Starts the pipeline on {@code brokers} local brokers and prints the banner; shared with {@code demo}. */
    static LocalPipeline start(CliContext context, int brokers) throws CommandFailedException, UsageException {
        LauncherConfig config;
        try {
            config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, context.environment()),
                    context.workingDirectory()).withBrokers(brokers);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        context.err().println(config.externalBootstrap().isPresent()
                ? "newsdesk: starting ingest, enrich and publish on the Kafka cluster at " + config.bootstrapServers() + " ..."
                : config.brokers() == 1
                ? "newsdesk: starting Kafka (embedded) and ingest, enrich, publish; data in " + config.dataDirectory() + " ..."
                : "newsdesk: starting a " + config.brokers() + "-node Kafka cluster and ingest, enrich, publish; data in "
                        + config.dataDirectory() + " ...");
        LocalPipeline pipeline;
        try {
            pipeline = LocalPipeline.start(config, context.environment());
        } catch (ConfigException | IllegalStateException | UncheckedIOException e) {
            throw new CommandFailedException("could not start the pipeline: " + NewsdeskCli.messageChain(e), e);
        }
        printBanner(pipeline.addresses(), context.out());
        return pipeline;
    }

    /**
     * Ctrl-C (or any JVM shutdown) closes the pipeline in order; the latch opens once it has, which is
     * what a command waits on to keep the pipeline running.
     */
    static CountDownLatch stopOnShutdown(LocalPipeline pipeline, CliContext context) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.err().println("newsdesk: stopping publish, enrich, ingest and Kafka ...");
            pipeline.close();
            context.err().println("newsdesk: stopped");
            stopped.countDown();
        }, "newsdesk-shutdown"));
        return stopped;
    }

    static void printBanner(LocalPipeline.Addresses at, PrintStream out) {
        out.println();
        out.println("Newsdesk is running.");
        out.printf("  Kafka bootstrap   %s%s%n", at.bootstrapServers(), at.brokerData()
                .map(d -> at.localBrokers() == 1 ? "   (embedded broker, data in " + d + ")"
                        : "   (" + at.localBrokers() + "-node cluster, one process per node; data and node-N/node.log in " + d + ")")
                .orElse("   (external cluster)"));
        out.printf("  ingest            POST %s/v1/articles   health %s/health%n", at.ingestUrl(), at.ingestUrl());
        out.printf("  site (publish)    %s/                   health %s/health%n", at.siteUrl(), at.siteUrl());
        out.printf("  status page       %s/status            feeds %s/v1/feeds%n", at.siteUrl(), at.ingestUrl());
        out.printf("  enrich            health %s%n", at.enrichHealthUrl());
        out.printf("  metrics           %s/metrics, %s/metrics, %s%n", at.ingestUrl(), at.siteUrl(),
                at.enrichHealthUrl().replace("/health", "/metrics"));
        at.ingestToken().ifPresent(token -> out.printf("  ingest token      %s%n"
                + "                    (source \"%s\", stored in %s)%n", token, IngestToken.LOCAL_SOURCE,
                IngestToken.file(at.dataDirectory())));
        out.printf("  topics            %s%n", String.join(", ", at.topics()));
        out.println();
        out.println("Try:");
        out.println("  ./newsdesk submit samples/01-cash-bail-study.json");
        out.println("  ./newsdesk tail articles.published --from-beginning");
        if (at.ingestToken().isPresent()) {
            out.println("  curl -H \"Authorization: Bearer $(cat " + IngestToken.file(at.dataDirectory()) + ")\" \\");
            out.println("       -H 'Content-Type: application/json' --data @samples/03-body-camera-ordinance.json "
                    + at.ingestUrl() + "/v1/articles");
        }
        out.println("Ctrl-C stops publish, enrich, ingest, then Kafka; the data stays in " + at.dataDirectory() + ".");
        out.flush();
    }
}
