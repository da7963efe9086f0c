package io.newsdesk.platform.http;

import java.util.List;

/**
 * A request the service refuses, with the HTTP status and every problem found. Thrown by handlers and
 * answered as {@code {"error": message, "problems": [...]}}.
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final List<String> problems;

    public HttpError(int status, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpError(int status, String message) {
        this(status, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }
}
