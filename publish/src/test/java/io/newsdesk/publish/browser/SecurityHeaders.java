package io.newsdesk.publish.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What "sensible security headers" means for a page of the site, as a checkable rule: a
 * Content-Security-Policy that lets no inline or injected script run and no plugin load, a framing
 * ban (against clickjacking), no MIME sniffing (a feed or JSON answer is never run as HTML), and a
 * referrer policy that does not hand full URLs to other sites. Headers are looked up by lower-case
 * name.
 */
final class SecurityHeaders {
    /** Sources that would let injected markup run script despite the policy. */
    private static final Set<String> UNSAFE_SCRIPT_SOURCES = Set.of("'unsafe-inline'", "'unsafe-eval'",
            "'unsafe-hashes'", "*", "data:", "blob:", "http:", "https:", "filesystem:");
    static final List<String> SAFE_REFERRER_POLICIES = List.of("no-referrer", "same-origin", "strict-origin",
            "strict-origin-when-cross-origin");

    private SecurityHeaders() {
    }

    /** Every way the headers fall short, each naming the header; empty when they are sensible. */
    static List<String> problems(Map<String, String> lowerCaseHeaders) {
        List<String> problems = new ArrayList<>();
        String csp = lowerCaseHeaders.get("content-security-policy");
        Map<String, List<String>> directives = csp == null ? Map.of() : directives(csp);
        if (csp == null) {
            problems.add("Content-Security-Policy: missing");
        } else {
            List<String> script = directives.getOrDefault("script-src", directives.get("default-src"));
            if (script == null) {
                problems.add("Content-Security-Policy: neither script-src nor default-src, so any script may run");
            } else {
                for (String source : script) {
                    if (UNSAFE_SCRIPT_SOURCES.contains(source.toLowerCase(Locale.ROOT))) {
                        problems.add("Content-Security-Policy: script sources allow " + source);
                    }
                }
            }
            List<String> object = directives.getOrDefault("object-src", directives.get("default-src"));
            if (object == null || !object.equals(List.of("'none'"))) {
                problems.add("Content-Security-Policy: object-src should be 'none', is " + object);
            }
            if (!directives.containsKey("base-uri")) {
                problems.add("Content-Security-Policy: no base-uri, so an injected <base> could redirect relative links");
            }
        }
        List<String> ancestors = directives.get("frame-ancestors");
        String frameOptions = lowerCaseHeaders.getOrDefault("x-frame-options", "").strip().toUpperCase(Locale.ROOT);
        boolean framingBanned = (ancestors != null && (ancestors.equals(List.of("'none'")) || ancestors.equals(List.of("'self'"))))
                || frameOptions.equals("DENY") || frameOptions.equals("SAMEORIGIN");
        if (!framingBanned) {
            problems.add("framing: neither frame-ancestors 'none'/'self' nor X-Frame-Options DENY/SAMEORIGIN");
        }
        if (!"nosniff".equalsIgnoreCase(lowerCaseHeaders.getOrDefault("x-content-type-options", "").strip())) {
            problems.add("X-Content-Type-Options: should be nosniff, is " + lowerCaseHeaders.get("x-content-type-options"));
        }
        String referrer = lowerCaseHeaders.get("referrer-policy");
        if (referrer == null || !SAFE_REFERRER_POLICIES.contains(lastPolicy(referrer))) {
            problems.add("Referrer-Policy: should be one of " + SAFE_REFERRER_POLICIES + ", is " + referrer);
        }
        return problems;
    }

    /** {@code default-src 'self'; script-src 'self'} → directive name → its sources. */
    static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.strip().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) {
                continue;
            }
            // The first occurrence of a directive wins; browsers ignore repeats.
            out.putIfAbsent(tokens[0].toLowerCase(Locale.ROOT), List.of(tokens).subList(1, tokens.length));
        }
        return out;
    }

    /** Browsers use the last policy they understand in a comma-separated list. */
    private static String lastPolicy(String header) {
        String[] parts = header.split(",");
        return parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
    }
}
