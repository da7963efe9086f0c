package io.newsdesk.publish;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Secrets;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs publish alone: configuration from the environment (and NEWSDESK_CONFIG_FILE), then the service. */
public final class PublishMain {
    private static final Logger LOG = LoggerFactory.getLogger(PublishMain.class);

    private PublishMain() {
    }

    public static void main(String[] args) {
        ConfigSource config = ConfigSource.load(PublishService.defaults(), System.getenv());
        LOG.info("publish configuration {}", Secrets.masked(relevant(config.asMap())));
        PublishService service;
        try {
            service = PublishService.start(config);
        } catch (ConfigException e) {
            // A setting this cluster cannot honour (or a malformed one) is the operator's to fix: the key, no stack.
            LOG.error("publish cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "publish-shutdown"));
    }

    /** Only our keys: the rest of the environment is none of the log's business. */
    private static Map<String, String> relevant(Map<String, String> all) {
        Map<String, String> ours = new TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("NEWSDESK_") || k.startsWith("KAFKA_")) {
                ours.put(k, v);
            }
        });
        return ours;
    }
}
