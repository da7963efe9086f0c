package io.newsdesk.publish.rules;

import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.util.Locale;
import java.util.Objects;

/**
 * One routing rule: published articles that match go to the slice topic
 * {@code articles.published.<slice>}. Written in configuration as {@code slice=kind:value}.
 *
 * @param slice the slice's name, the last part of its topic name
 * @param kind  what the rule looks at
 * @param value what it must find there (compared without regard to case)
 */
public record RouteRule(String slice, Kind kind, String value) {

    public enum Kind {
        /** An IPTC Media Topic qcode: matches any subject with that code or with it in its broader chain. */
        TOPIC,
        /** One of the article's normalized keywords. */
        KEYWORD,
        /** The submitting source, e.g. {@code wire}. */
        SOURCE,
        /** The newsroom section, e.g. {@code courts}. */
        SECTION
    }

    public RouteRule {
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public boolean matches(EnrichedArticle article) {
        return switch (kind) {
            case TOPIC -> article.getTopics().stream().anyMatch(this::inSubjectChain);
            case KEYWORD -> article.getKeywords().stream().anyMatch(value::equalsIgnoreCase);
            case SOURCE -> value.equalsIgnoreCase(article.getSubmission().getSource());
            case SECTION -> value.equalsIgnoreCase(article.getSubmission().getSection());
        };
    }

    private boolean inSubjectChain(Subject subject) {
        if (value.equalsIgnoreCase(subject.getCode())) {
            return true;
        }
        for (SubjectRef broader : subject.getBroader()) {
            if (value.equalsIgnoreCase(broader.getCode())) {
                return true;
            }
        }
        return false;
    }

    /** The rule as configuration writes it. */
    @Override
    public String toString() {
        return slice + "=" + kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
