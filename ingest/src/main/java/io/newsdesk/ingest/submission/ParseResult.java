package io.newsdesk.ingest.submission;

import java.util.List;
import java.util.Optional;

/** What {@link SubmissionParser} makes of a request: a valid submission, or every problem it found. */
public sealed interface ParseResult {

    /**
     * The {@code source} the input named, if it named one as a well-formed string, valid or not
     * otherwise: the HTTP layer answers 403 for a source other than the caller's before it lists
     * validation problems.
     */
    Optional<String> declaredSource();

    record Valid(ParsedSubmission submission, Optional<String> declaredSource) implements ParseResult {
    }

    record Invalid(List<String> problems, Optional<String> declaredSource) implements ParseResult {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid submission names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }
}
