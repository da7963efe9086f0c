package io.newsdesk.ingest.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The problems found in one request so far, in the order found; {@code "field: what is wrong"} each. */
final class Problems {
    private final List<String> list = new ArrayList<>();

    void add(String problem) {
        list.add(problem);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** The list itself, for the shared rules to add to. */
    List<String> list() {
        return list;
    }

    ParseResult.Invalid invalid(Optional<String> declaredSource) {
        return new ParseResult.Invalid(list, declaredSource);
    }
}
