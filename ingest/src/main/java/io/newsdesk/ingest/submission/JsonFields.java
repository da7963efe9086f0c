package io.newsdesk.ingest.submission;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.articles.SubmissionRules;
import io.newsdesk.platform.articles.SubmissionRules.TextField;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Typed reading of one JSON object's fields: each value is read as its type (a string, one of an enum's
 * names, an ISO-8601 instant, a positive whole number) and then held to {@link SubmissionRules}; each
 * problem is added under the field's name. Reading is this class's job, the rules are not.
 */
final class JsonFields {
    private final JsonNode root;
    private final boolean mayHoldRefusedCharacters;
    private final Problems problems;

    /** @param mayHoldRefusedCharacters false when the request's bytes proved that no multi-line text needs a check */
    JsonFields(JsonNode root, boolean mayHoldRefusedCharacters, Problems problems) {
        this.root = root;
        this.mayHoldRefusedCharacters = mayHoldRefusedCharacters;
        this.problems = problems;
    }

    /**
     * A text field's value, or null when it is absent, empty (for an optional field) or refused.
     *
     * @param strip trim surrounding whitespace (headlines and bylines from CMSes often carry a
     *              trailing newline); ids are taken as given, since they are identity
     */
    String text(TextField field, boolean required, boolean strip) {
        String name = field.field();
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(name + ": required");
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(name + ": must be a string");
            return null;
        }
        String value = strip ? node.textValue().strip() : node.textValue();
        if (value.isBlank()) {
            if (required) {
                problems.add(name + ": must not be empty");
            }
            // An optional field sent as "" means "none"; storing "" would make enrichment think it was set.
            return null;
        }
        // A long multi-line text is checked char by char only when the request's bytes could hold a refused
        // character; single-line fields always are (a line break is in the bytes as \n, which the scan passes).
        boolean checkCharacters = !field.multiline() || mayHoldRefusedCharacters;
        return SubmissionRules.check(field, value, checkCharacters, problems.list()) ? value : null;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        E[] values = type.getEnumConstants();
        if (node.isTextual()) {
            for (E e : values) {
                if (e.name().equalsIgnoreCase(node.textValue().strip())) {
                    return e;
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : values) {
            allowed.add("\"" + e.name().toLowerCase(Locale.ROOT) + "\"");
        }
        problems.add(name + ": must be one of " + String.join(", ", allowed));
        return fallback;
    }

    /** @param latest the latest date a submission may name ({@link SubmissionRules#latest} of now) */
    Instant instant(String name, Instant latest) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(name + ": must be an ISO-8601 instant string such as \"2025-03-01T09:30:00Z\"");
            return null;
        }
        Instant value;
        try {
            value = OffsetInstants.parse(node.textValue().strip());
        } catch (DateTimeParseException e) {
            problems.add(name + ": not an ISO-8601 instant with offset, such as \"2025-03-01T09:30:00Z\"");
            return null;
        }
        return SubmissionRules.checkDate(name, value, latest, problems.list()) ? value : null;
    }

    /**
     * The version an update is based on: a version ingest answered earlier, or 0 for "a new article".
     * Whether it still is the article's latest can only be known where versions are ordered (publish);
     * here only a value that can never be right is refused.
     */
    OptionalLong expectedVersion(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            problems.add(name + ": must be a whole number of 0 or more: the version this update is based on "
                    + "(0 for a new article), as ingest answered it");
            return OptionalLong.empty();
        }
        return OptionalLong.of(node.longValue());
    }
}
