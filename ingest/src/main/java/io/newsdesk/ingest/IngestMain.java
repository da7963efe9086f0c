package io.newsdesk.ingest;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Secrets;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs ingest as its own process: loads configuration, starts the service, closes it on shutdown. */
public final class IngestMain {
    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);

    private IngestMain() {
    }

    public static void main(String[] args) {
        ConfigSource config = ConfigSource.load(IngestConfig.DEFAULTS, System.getenv());
        LOG.info("ingest configuration {}", Secrets.masked(relevant(config)));
        IngestService service;
        try {
            service = IngestService.start(config);
        } catch (ConfigException e) {
            // A setting this cluster cannot honour (or a malformed one) is the operator's to fix: the key, no stack.
            LOG.error("ingest cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "ingest-shutdown"));
        LOG.info("ingest ready on port {}", service.port());
    }

    /** Only the keys ingest reads: the environment holds much else that does not belong in its log. */
    private static Map<String, String> relevant(ConfigSource config) {
        Map<String, String> out = new TreeMap<>();
        config.asMap().forEach((k, v) -> {
            if (k.startsWith("NEWSDESK_") || k.startsWith("KAFKA_")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
