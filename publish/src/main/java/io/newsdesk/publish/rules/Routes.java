package io.newsdesk.publish.rules;

import io.newsdesk.schemas.EnrichedArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routing rule: which slice topics a published article goes to, so that a downstream consumer can
 * subscribe to, say, crime and justice alone. Configured as a comma-separated list of
 * {@code slice=kind:value} entries ({@code NEWSDESK_ROUTES}); several entries may name the same slice,
 * and an article is routed to a slice when any of its entries matches.
 */
public final class Routes {
    /** Routes when none are configured: the sample newsroom's crime-and-justice desk. */
    public static final String DEFAULT = "crime-law-justice=topic:medtop:02000000";

    /** Slice names become topic names: only characters Kafka allows, and short enough to prefix. */
    private static final Pattern SLICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final List<RouteRule> rules;
    private final List<String> slices;

    public Routes(List<RouteRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new LinkedHashSet<>();
        rules.forEach(r -> names.add(r.slice()));
        this.slices = List.copyOf(names);
    }

    public static Routes none() {
        return new Routes(List.of());
    }

    /**
     * Parses {@code crime-law-justice=topic:medtop:02000000,courts=section:courts}.
     *
     * @throws IllegalArgumentException naming the entry that is malformed and why
     */
    public static Routes parse(String spec) {
        List<RouteRule> rules = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return new Routes(rules);
        }
        for (String raw : spec.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            int colon = eq < 0 ? -1 : entry.indexOf(':', eq);
            if (eq <= 0 || colon < 0) {
                throw new IllegalArgumentException("route '" + entry + "' is not of the form slice=kind:value");
            }
            String slice = entry.substring(0, eq).strip();
            String kindText = entry.substring(eq + 1, colon).strip();
            String value = entry.substring(colon + 1).strip();
            if (!SLICE_NAME.matcher(slice).matches()) {
                throw new IllegalArgumentException("route '" + entry + "': slice name '" + slice
                        + "' must be letters, digits, '.', '_' or '-' (it becomes a topic name)");
            }
            RouteRule.Kind kind;
            try {
                kind = RouteRule.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("route '" + entry + "': unknown kind '" + kindText
                        + "' (use topic, keyword, source or section)", e);
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("route '" + entry + "' has no value after '" + kindText + ":'");
            }
            rules.add(new RouteRule(slice, kind, value));
        }
        return new Routes(rules);
    }

    public List<RouteRule> rules() {
        return rules;
    }

    /** Every configured slice, in configuration order. */
    public List<String> slices() {
        return slices;
    }

    /** The slices this article belongs to, in configuration order. */
    public List<String> slicesFor(EnrichedArticle article) {
        Set<String> matched = new LinkedHashSet<>();
        for (RouteRule rule : rules) {
            if (!matched.contains(rule.slice()) && rule.matches(article)) {
                matched.add(rule.slice());
            }
        }
        return List.copyOf(matched);
    }

    @Override
    public String toString() {
        return String.join(",", rules.stream().map(RouteRule::toString).toList());
    }
}
