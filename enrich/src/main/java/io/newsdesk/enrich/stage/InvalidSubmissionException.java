package io.newsdesk.enrich.stage;

import java.util.List;

/** A submission record breaks the contract's rules; the message names every problem. */
public class InvalidSubmissionException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidSubmissionException(String articleId, List<String> problems) {
        super("submission " + articleId + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
