package io.newsdesk.publish.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.http.HttpApp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The browser test's header rule must reject weak headers, or its "headers ok" proves nothing. */
class SecurityHeadersTest {
    private static Map<String, String> platformHeaders() {
        Map<String, String> headers = new HashMap<>();
        HttpApp.SECURITY_HEADERS.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        return headers;
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> headers = platformHeaders();
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return headers;
    }

    @Test
    void thePlatformsHeadersAreSensible() {
        assertEquals(List.of(), SecurityHeaders.problems(platformHeaders()));
    }

    @Test
    void inlineScriptInThePolicyIsAProblem() {
        List<String> problems = SecurityHeaders.problems(with("content-security-policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"));
        assertEquals(List.of("Content-Security-Policy: script sources allow 'unsafe-inline'"), problems);
    }

    @Test
    void aPolicyWithoutScriptOrDefaultSourcesIsAProblem() {
        List<String> problems = SecurityHeaders.problems(with("content-security-policy", "img-src 'self'; base-uri 'none'"));
        assertTrue(problems.contains("Content-Security-Policy: neither script-src nor default-src, so any script may run"), problems::toString);
        assertTrue(problems.contains("Content-Security-Policy: object-src should be 'none', is null"), problems::toString);
    }

    @Test
    void defaultSrcGovernsScriptsWhenScriptSrcIsAbsent() {
        assertEquals(List.of("Content-Security-Policy: script sources allow *"), SecurityHeaders.problems(
                with("content-security-policy", "default-src *; object-src 'none'; base-uri 'self'")));
    }

    @Test
    void missingHeadersAreEachNamed() {
        Map<String, String> headers = with("content-security-policy", null);
        headers.remove("x-frame-options");
        headers.remove("x-content-type-options");
        headers.put("referrer-policy", "unsafe-url");
        assertEquals(List.of("Content-Security-Policy: missing",
                "framing: neither frame-ancestors 'none'/'self' nor X-Frame-Options DENY/SAMEORIGIN",
                "X-Content-Type-Options: should be nosniff, is null",
                "Referrer-Policy: should be one of " + SecurityHeaders.SAFE_REFERRER_POLICIES + ", is unsafe-url"),
                SecurityHeaders.problems(headers));
    }

    @Test
    void frameAncestorsAloneBansFraming() {
        Map<String, String> headers = with("x-frame-options", null);
        assertEquals(List.of(), SecurityHeaders.problems(headers), "the platform's CSP has frame-ancestors 'none'");
        headers.put("content-security-policy", "default-src 'self'; object-src 'none'; base-uri 'none'");
        assertEquals(List.of("framing: neither frame-ancestors 'none'/'self' nor X-Frame-Options DENY/SAMEORIGIN"),
                SecurityHeaders.problems(headers));
    }
}
