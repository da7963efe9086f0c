package io.newsdesk.launcher;

import io.newsdesk.launcher.local.IngestToken;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.launcher.local.LocalPipeline;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code up}: the whole pipeline on this machine, in this JVM, until Ctrl-C. See {@link LocalPipeline}
 * for what starts and in which order.
 */
final class UpCommand implements Command {

    @Override
    public String name() {
        return "up";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "run Kafka (embedded) and ingest, enrich, publish; Ctrl-C stops";
    }

    @Override
    public String details() {
        return """
                Starts a single-node KRaft Kafka broker in this JVM (data kept in $NEWSDESK_DATA_DIR/kafka
                across restarts), creates every topic, then starts ingest (port 8080), enrich (health on
                8082) and publish (the site, port 8081), and prints where each one is. Ctrl-C stops publish,
                enrich, ingest and then the broker.
                Without ingest tokens configured, a token for the source "local" is generated once, stored in
                $NEWSDESK_DATA_DIR/ingest-token (readable by you only) and printed; ./newsdesk submit uses it.

                environment (besides every service's own keys, see the README):
                  NEWSDESK_DATA_DIR        broker data, Streams state, the local token (./data)
                  NEWSDESK_BROKER_PORT     the embedded broker's port (9092)
                  KAFKA_BOOTSTRAP_SERVERS  use this cluster instead; no broker is started (set
                                           NEWSDESK_TOPIC_REPLICATION and NEWSDESK_STREAMS_REPLICATION to suit it)
                  NEWSDESK_INGEST_TOKENS   source:token,... for ingest; no local token is generated then
                  NEWSDESK_INGEST_PORT (8080), NEWSDESK_PUBLISH_PORT (8081), NEWSDESK_ENRICH_PORT (8082)""";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments.parse(args, Set.of(), Set.of()).requirePositionals(0, 0, "nothing");
        LocalPipeline pipeline = start(context);
        CountDownLatch stopped = stopOnShutdown(pipeline, context);
        context.out().println("Stop with Ctrl-C.");
        stopped.await();
        return NewsdeskCli.OK;
    }

    /** Starts the pipeline and prints the banner; shared with {@code demo}. */
    static LocalPipeline start(CliContext context) throws CommandFailedException {
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, context.environment()),
                context.workingDirectory());
        context.err().println(config.externalBootstrap().isPresent()
                ? "newsdesk: starting ingest, enrich and publish on the Kafka cluster at " + config.bootstrapServers() + " ..."
                : "newsdesk: starting Kafka (embedded) and ingest, enrich, publish; data in " + config.dataDirectory() + " ...");
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
            context.err().println("newsdesk: stopping publish, enrich, ingest and the broker ...");
            pipeline.close();
            context.err().println("newsdesk: stopped");
            stopped.countDown();
        }, "newsdesk-shutdown"));
        return stopped;
    }

    static void printBanner(LocalPipeline.Addresses at, PrintStream out) {
        out.println();
        out.println("Newsdesk is running.");
        out.printf("  Kafka bootstrap   %s%s%n", at.bootstrapServers(),
                at.brokerData().map(d -> "   (embedded broker, data in " + d + ")").orElse("   (external cluster)"));
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
        out.println("Ctrl-C stops publish, enrich, ingest, then the broker; the data stays in " + at.dataDirectory() + ".");
        out.flush();
    }
}
