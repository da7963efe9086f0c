package io.newsdesk.ingest.submission;

import java.util.regex.Pattern;

/**
 * What a source name may look like. Sources appear in token configuration ({@code source:token}),
 * logs and article ids, so they are kept to a short, unambiguous alphabet: no colon, no spaces, no
 * control characters.
 */
public final class SourceNames {
    public static final int MAX_LENGTH = io.newsdesk.platform.articles.SubmissionRules.MAX_SOURCE;
    private static final Pattern VALID = io.newsdesk.platform.articles.SubmissionRules.SOURCE;

    /** The rule as a problem message says it. */
    public static final String RULE = "must be 1-" + MAX_LENGTH
            + " letters, digits, '.', '_' or '-', starting with a letter or digit";

    private SourceNames() {
    }

    public static boolean isValid(String source) {
        return source != null && VALID.matcher(source).matches();
    }
}
