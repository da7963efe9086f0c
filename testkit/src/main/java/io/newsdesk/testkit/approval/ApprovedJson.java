package io.newsdesk.testkit.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * JSON as approved files hold it: pretty-printed (one field a line, so a diff names the field), or, for
 * corpora too large to keep in full, one line of fingerprints per item ({@code name=digest ...}), which
 * still says which field of which item drifted.
 */
public final class ApprovedJson {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private ApprovedJson() {
    }

    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON", e);
        }
    }

    /**
     * The fields of an object as {@code name=digest} pairs in field order; the objects named in
     * {@code expand} by their own fields ({@code content.text=...}).
     */
    public static String digestLine(JsonNode object, String... expand) {
        StringJoiner line = new StringJoiner(" ");
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject() && List.of(expand).contains(field.getKey())) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = field.getValue().fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = inner.next();
                    line.add(field.getKey() + "." + f.getKey() + "=" + shortDigest(f.getValue()));
                }
            } else {
                line.add(field.getKey() + "=" + shortDigest(field.getValue()));
            }
        }
        return line.toString();
    }

    /** Eight hex digits: plenty to notice a change, and short enough for thousands of lines. */
    private static String shortDigest(JsonNode value) {
        return ApprovedFile.digest(value.toString()).substring(0, 8);
    }
}
