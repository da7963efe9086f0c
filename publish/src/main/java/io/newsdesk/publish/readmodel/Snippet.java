package io.newsdesk.publish.readmodel;

import java.util.List;

/**
 * A passage of an article that matched a search, in parts that did and did not match, so each output
 * marks the words its own way (the page with {@code <mark>}, JSON as plain text) and escapes the rest.
 */
public record Snippet(List<Part> parts) {
    public record Part(String text, boolean match) {
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
