package io.newsdesk.enrich.approved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.json.AvroJson;
import io.newsdesk.testkit.approval.ApprovedFile;
import io.newsdesk.testkit.approval.ApprovedJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the approved-output tests share: the production line-up on a fixed clock (so the timestamps in
 * the records do not change from run to run) and the two ways a record is written down, in full or as
 * one line of per-field fingerprints.
 */
final class ApprovedOutputs {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    private ApprovedOutputs() {
    }

    /** The service's own cleaner, taggers and enrichers, with the default settings. */
    static ArticleProcessor production() {
        return StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String section(String name, String body) {
        return ApprovedFile.SECTION_MARK + name + "\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    /** The record in full, but the submission it echoes (the input) by fingerprint. */
    static String pretty(Object avro) {
        return ApprovedJson.pretty(withInputByDigest(AvroJson.toJson(avro)));
    }

    /** {@link #pretty}, and the clean text and HTML by length and fingerprint too. */
    static String prettyWithoutText(Object avro) {
        JsonNode json = withInputByDigest(AvroJson.toJson(avro));
        if (json.get("content") instanceof ObjectNode content) {
            for (String field : new String[] {"text", "html"}) {
                JsonNode value = content.get(field);
                if (value != null && value.isTextual()) {
                    content.put(field, value.asText().length() + " chars, " + ApprovedFile.digest(value.asText()));
                }
            }
        }
        return ApprovedJson.pretty(json);
    }

    private static JsonNode withInputByDigest(JsonNode json) {
        if (json instanceof ObjectNode object && object.has("submission")) {
            object.put("submission", ApprovedFile.digest(object.get("submission").toString()));
        }
        return json;
    }

    /** The record's fields by fingerprint (the clean content's field by field), without the submission it echoes. */
    static String digestLine(Object avro) {
        JsonNode json = AvroJson.toJson(avro);
        if (json instanceof ObjectNode object) {
            object.remove("submission");
        }
        return ApprovedJson.digestLine(json, "content");
    }
}
