package io.newsdesk.enrich;

import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Secrets;
import io.newsdesk.platform.http.HttpApp;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich service alone ({@code java -jar enrich/target/enrich-0.1.0-SNAPSHOT.jar}), configured
 * from the environment: starts Streams and the health and metrics endpoints, and stops both cleanly on shutdown.
 */
public final class EnrichMain {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichMain.class);

    private EnrichMain() {
    }

    public static void main(String[] args) throws IOException {
        ConfigSource source = ConfigSource.load(EnrichConfig.DEFAULTS, System.getenv());
        EnrichConfig config;
        try {
            config = EnrichConfig.from(source);
        } catch (ConfigException e) {
            // A configuration mistake is the operator's to fix: say which key, without a stack trace.
            LOG.error("enrich cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("enrich configuration {}", Secrets.masked(ours(source.asMap())));

        EnrichService service;
        try {
            service = EnrichService.start(config, StandardProcessors.create(config.analysis(), Clock.systemUTC()));
        } catch (ConfigException e) {
            // A replication this cluster cannot honour, found only once the cluster was asked.
            LOG.error("enrich cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        HttpApp http;
        try {
            http = EnrichHttp.routes(service.health(), service.metrics()).port(config.port()).start();
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.close();
            service.close();
        }, "enrich-shutdown"));
    }

    /** Only our settings: the rest of the environment is not ours to log. */
    private static Map<String, String> ours(Map<String, String> all) {
        Map<String, String> ours = new TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("NEWSDESK_") || k.startsWith("KAFKA_")) {
                ours.put(k, v);
            }
        });
        return ours;
    }
}
