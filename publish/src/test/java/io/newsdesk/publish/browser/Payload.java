package io.newsdesk.publish.browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Script an attacker with write access to an upstream system could put in any article field. Each
 * payload, if it ever runs, sets {@code window.__pwned} to a marker naming the field and the payload
 * ({@code headline-script-tag}) and opens an {@code alert} with it, so a test sees both that script
 * ran and where it came from. The markers are letters and dashes, so they read the same escaped or
 * not and can be searched for in a page's text.
 */
enum Payload {
    SCRIPT_TAG(Trigger.LOAD, "<script>window.__pwned='%1$s';alert('%1$s')</script>"),
    IMG_ONERROR(Trigger.LOAD, "<img src=x onerror=\"window.__pwned='%1$s';alert('%1$s')\">"),
    JAVASCRIPT_LINK(Trigger.CLICK, "<a href=\"javascript:window.__pwned='%1$s';alert('%1$s');void 0\">x</a>"),
    /** Mixed case, a leading space and an entity for the colon: what naive URL filters miss. */
    DISGUISED_JAVASCRIPT_LINK(Trigger.CLICK, "<a href=\" JaVaScRiPt&colon;window.__pwned='%1$s';alert('%1$s');void 0\">y</a>"),
    SVG_ONLOAD(Trigger.LOAD, "<svg onload=\"window.__pwned='%1$s';alert('%1$s')\"></svg>"),
    /** Closes a double-quoted attribute the text might be written into. */
    ATTRIBUTE_BREAKOUT(Trigger.LOAD, "\"><script>window.__pwned='%1$s';alert('%1$s')</script>"),
    /** Closes a single-quoted attribute; a regex literal sets the marker without needing quotes. */
    SINGLE_QUOTE_BREAKOUT(Trigger.LOAD, "'><img src=x onerror=alert(window.__pwned=/%1$s/.source)>"),
    IFRAME_SRCDOC(Trigger.LOAD, "<iframe srcdoc=\"<script>parent.__pwned='%1$s';parent.alert('%1$s')</script>\"></iframe>"),
    /**
     * Runs without any click: autofocus focuses the element as soon as the page loads. The handler
     * removes itself first, because the alert takes focus and gives it back, which would fire it again.
     */
    HANDLER_ON_ALLOWED_TAG(Trigger.LOAD, "<b tabindex=\"1\" autofocus onfocus=\"this.removeAttribute('onfocus');window.__pwned='%1$s';"
            + "alert('%1$s')\">bold</b>"),
    /**
     * Mutation XSS: a sanitizer that parses with scripting off sees only a paragraph's title; a
     * browser, scripting on, ends the noscript inside that title and runs the image's handler.
     */
    NOSCRIPT_MUTATION(Trigger.LOAD, "<noscript><p title=\"</noscript><img src=x onerror=alert(window.__pwned=/%1$s/.source)>\"></noscript>"),
    /**
     * Inert when a browser parses it as is (the style stays text); live only in the markup a
     * sanitizer may write after parsing it differently, so it probes the sanitizer alone.
     */
    MATH_STYLE_MUTATION(Trigger.REPARSE, "<math><mtext><table><mglyph><style><img src=x onerror=alert(window.__pwned=/%1$s/.source)>"
            + "</style></mglyph></table></mtext></math>");

    /** What makes the payload run when its HTML reaches a browser unchanged. */
    enum Trigger {
        /** Loading the page. */
        LOAD,
        /** A reader's click. */
        CLICK,
        /** Nothing, unless a sanitizer rewrites it into markup the browser parses as live. */
        REPARSE
    }

    private final Trigger trigger;
    private final String template;

    Payload(Trigger trigger, String template) {
        this.trigger = trigger;
        this.template = template;
    }

    Trigger trigger() {
        return trigger;
    }

    /** The marker this payload sets when placed in {@code field}. */
    String marker(String field) {
        return field + "-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String in(String field) {
        return template.formatted(marker(field));
    }

    /** Every payload for one field, one after the other. */
    static String all(String field) {
        return Arrays.stream(values()).map(p -> p.in(field)).collect(Collectors.joining(" "));
    }

    /** A javascript: URL for URL fields (the article's source link). */
    static String javascriptUrl(String field) {
        return "javascript:window.__pwned='" + field + "-url';alert('" + field + "-url');void 0";
    }
}
