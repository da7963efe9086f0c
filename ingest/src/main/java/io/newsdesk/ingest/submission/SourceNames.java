package io.newsdesk.ingest.submission;

import io.newsdesk.platform.articles.SubmissionRules;

/**
 * What a source name may look like, for ingest's configuration (tokens, feeds) as for submissions: the
 * rule is {@link SubmissionRules#SOURCE}'s. Sources appear in token configuration ({@code source:token}),
 * logs and article ids, so they are kept to a short, unambiguous alphabet: no colon, no spaces, no
 * control characters.
 */
public final class SourceNames {
    public static final int MAX_LENGTH = SubmissionRules.MAX_SOURCE;

    /** The rule as a problem message says it. */
    public static final String RULE = SubmissionRules.SOURCE_RULE;

    private SourceNames() {
    }

    public static boolean isValid(String source) {
        return source != null && SubmissionRules.SOURCE.matcher(source).matches();
    }
}
