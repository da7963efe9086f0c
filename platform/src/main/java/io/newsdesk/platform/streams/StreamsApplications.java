package io.newsdesk.platform.streams;

import io.newsdesk.platform.config.Setting;

/**
 * The application ids of the two stream services, declared here because more than the service itself reads
 * them: enrich and publish run under them, and publish's status page shows both applications' consumer groups.
 */
public final class StreamsApplications {
    public static final Setting<String> ENRICH_APPLICATION_ID = Setting.text("NEWSDESK_ENRICH_APPLICATION_ID",
            "newsdesk-enrich", "Streams application id; instances with the same id share the work");
    public static final Setting<String> PUBLISH_APPLICATION_ID = Setting.text("NEWSDESK_PUBLISH_APPLICATION_ID",
            "newsdesk-publish", "Streams application id");

    private StreamsApplications() {
    }
}
