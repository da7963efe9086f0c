package io.newsdesk.publish.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.newsdesk.platform.json.Json;
import io.newsdesk.publish.browser.DevToolsSession.DevToolsException;
import io.newsdesk.publish.browser.DevToolsSession.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One browser tab as a test reads it: navigate, click like a person (trusted mouse events), reload,
 * evaluate script in the page, and see what the page did: the HTTP status and headers of each
 * document, JavaScript dialogs (an {@code alert()} means injected script ran), console calls,
 * uncaught exceptions, browser log entries and Content-Security-Policy violations.
 */
final class BrowserTab implements AutoCloseable {
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Runs in every document before its own content, outside the page's CSP: records each CSP
     * violation, so a test can tell "the sanitizer removed the payload" (none) from "the CSP blocked
     * a payload that reached the page" (some).
     */
    private static final String VIOLATION_RECORDER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sample ? ': ' + e.sample : '')));
            """;

    /** What the browser received for one top-level document. */
    record Visit(String url, int status, Map<String, String> headers, String mimeType, String errorText) {
        /** Header by case-insensitive name, or null. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean rendered() {
            return errorText == null;
        }
    }

    private final DevToolsSession session;
    private final String mainFrameId;
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> console = Collections.synchronizedList(new ArrayList<>());
    private final List<String> exceptions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    BrowserTab(DevToolsSession session) {
        this.session = session;
        session.onEvent(this::observe);
        session.send("Page.enable");
        session.send("Runtime.enable");
        session.send("Network.enable");
        session.send("Log.enable");
        session.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_RECORDER));
        // Feeds served with a type the browser does not display would otherwise be saved to disk.
        session.send("Browser.setDownloadBehavior", Map.of("behavior", "deny"));
        mainFrameId = session.send("Page.getFrameTree").path("frameTree").path("frame").path("id").asText();
    }

    private void observe(Event e) {
        JsonNode p = e.params();
        switch (e.method()) {
            case "Page.javascriptDialogOpening" -> {
                dialogs.add(p.path("type").asText() + ": " + p.path("message").asText() + " (on " + p.path("url").asText() + ")");
                // An open dialog blocks the page; dismiss it without waiting (this is the receiving thread).
                session.sendAsync("Page.handleJavaScriptDialog", Map.of("accept", true));
            }
            case "Runtime.consoleAPICalled" -> {
                StringBuilder text = new StringBuilder(p.path("type").asText()).append(':');
                for (JsonNode arg : p.path("args")) {
                    text.append(' ').append(arg.has("value") ? arg.get("value").asText() : arg.path("description").asText());
                }
                console.add(text.toString());
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode d = p.path("exceptionDetails");
                exceptions.add(d.path("text").asText() + " " + d.path("exception").path("description").asText()
                        + " at " + d.path("url").asText() + ":" + d.path("lineNumber").asText());
            }
            case "Log.entryAdded" -> {
                JsonNode entry = p.path("entry");
                log.add(entry.path("level").asText() + "/" + entry.path("source").asText() + ": " + entry.path("text").asText()
                        + " (" + entry.path("url").asText() + ")");
            }
            default -> {
                // Network and lifecycle events are read through the session's event log.
            }
        }
    }

    /** Loads {@code url} as if typed into the address bar and waits for its load event. */
    Visit navigate(String url) {
        int mark = session.mark();
        JsonNode result = session.send("Page.navigate", Map.of("url", url));
        String error = result.path("errorText").asText(null);
        if (error != null && !error.isEmpty()) {
            // Not displayed (a download, a refused response): there is no load event to wait for.
            return visit(mark, url, error);
        }
        awaitLoad(mark);
        return visit(mark, url, null);
    }

    /** Reloads like the reload button: the browser revalidates the document with the server. */
    Visit reload() {
        int mark = session.mark();
        session.send("Page.reload", Map.of("ignoreCache", false));
        awaitLoad(mark);
        return visit(mark, location(), null);
    }

    /** Clicks the {@code index}th element matching {@code selector} and waits for the page it opens. */
    Visit clickAndWait(String selector, int index) {
        int mark = session.mark();
        click(selector, index);
        awaitLoad(mark);
        return visit(mark, location(), null);
    }

    /**
     * A real mouse click (trusted input events at the element's centre), not {@code element.click()}:
     * the browser applies the same rules to it as to a reader's click, javascript: URLs included.
     */
    void click(String selector, int index) {
        JsonNode point = evaluate("""
                (() => {
                  const el = document.querySelectorAll(%s)[%d];
                  if (!el) return null;
                  el.scrollIntoView({block: 'center', inline: 'center'});
                  const r = el.getClientRects()[0] || el.getBoundingClientRect();
                  return {x: r.left + Math.min(r.width / 2, 5), y: r.top + r.height / 2};
                })()""".formatted(jsString(selector), index));
        if (point.isNull()) {
            throw new AssertionError("nothing to click: no element " + index + " matches " + selector + " on " + location());
        }
        double x = point.path("x").asDouble();
        double y = point.path("y").asDouble();
        session.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        session.send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        session.send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /** Clicks into the {@code selector}'s first element and types {@code text} as a keyboard would. */
    void type(String selector, String text) {
        click(selector, 0);
        session.send("Input.insertText", Map.of("text", text));
    }

    /** Presses Enter in the focused field (a form submits itself) and waits for the page it opens. */
    Visit pressEnterAndWait() {
        int mark = session.mark();
        Map<String, Object> enter = Map.of("key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13);
        Map<String, Object> down = new java.util.HashMap<>(enter);
        down.put("type", "keyDown");
        down.put("text", "\r");
        session.send("Input.dispatchKeyEvent", down);
        Map<String, Object> up = new java.util.HashMap<>(enter);
        up.put("type", "keyUp");
        session.send("Input.dispatchKeyEvent", up);
        awaitLoad(mark);
        return visit(mark, location(), null);
    }

    /** The trimmed text of the first element matching {@code selector}; fails when there is none. */
    String text(String selector) {
        JsonNode value = evaluate("(() => { const e = document.querySelector(%s); return e ? e.textContent.trim() : null; })()"
                .formatted(jsString(selector)));
        if (value.isNull()) {
            throw new AssertionError("no element " + selector + " on " + location());
        }
        return value.asText();
    }

    /** The trimmed texts of every element matching {@code selector}, in document order. */
    List<String> texts(String selector) {
        List<String> out = new ArrayList<>();
        evaluate("[...document.querySelectorAll(%s)].map(e => e.textContent.trim())".formatted(jsString(selector)))
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Evaluates an expression in the page and returns its value as JSON (null for undefined). */
    JsonNode evaluate(String expression) {
        JsonNode result = session.send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new DevToolsException("evaluating in " + location() + " threw: " + result.get("exceptionDetails"));
        }
        JsonNode value = result.path("result").path("value");
        return value.isMissingNode() ? NullNode.getInstance() : value;
    }

    /**
     * Lets the page finish what it does right after load (autofocus, which fires focus handlers, runs
     * at the next rendering update): waits for two animation frames, at most half a second.
     */
    void settle() {
        JsonNode result = session.send("Runtime.evaluate", Map.of("awaitPromise", true, "returnByValue", true, "expression",
                "Promise.race([new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r('frames')))),"
                        + " new Promise(r => setTimeout(() => r('timeout'), 500))])"));
        if (result.has("exceptionDetails")) {
            throw new DevToolsException("waiting for animation frames in " + location() + " threw: " + result.get("exceptionDetails"));
        }
    }

    /** Fetches every page from the server, so each check sees what the site answers now. */
    void disableCache() {
        session.send("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    String location() {
        return evaluate("location.href").asText();
    }

    /**
     * With {@code true}, the browser ignores the pages' Content-Security-Policy from the next
     * navigation on, so a test sees what the HTML alone would let run.
     */
    void bypassCsp(boolean bypass) {
        session.send("Page.setBypassCSP", Map.of("enabled", bypass));
    }

    /**
     * Empties the browser's HTTP cache, as for a reader who never saw the site: the site lets
     * browsers keep a page for a minute ({@code max-age=60}), so a page seen before a retraction may
     * otherwise be shown again from cache without asking the server.
     */
    void forgetCache() {
        session.send("Network.clearBrowserCache");
    }

    /** Forgets what earlier pages did, so the next page's findings are its own. */
    void clearFindings() {
        dialogs.clear();
        console.clear();
        exceptions.clear();
        log.clear();
    }

    List<String> dialogs() {
        return snapshot(dialogs);
    }

    List<String> consoleMessages() {
        return snapshot(console);
    }

    List<String> exceptions() {
        return snapshot(exceptions);
    }

    List<String> logEntries() {
        return snapshot(log);
    }

    private static List<String> snapshot(List<String> list) {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    private void awaitLoad(int mark) {
        // The main frame commits a new document (frameNavigated), then fires load for it.
        Event navigated = session.await(mark, "Page.frameNavigated",
                p -> mainFrameId.equals(p.path("frame").path("id").asText()), LOAD_TIMEOUT);
        session.await(navigated.seq(), "Page.loadEventFired", p -> true, LOAD_TIMEOUT);
    }

    /** The last top-level document response after {@code mark}: after redirects, the one shown. */
    private Visit visit(int mark, String url, String error) {
        List<Event> responses = session.eventsSince(mark, "Network.responseReceived");
        Collections.reverse(responses);
        for (Event e : responses) {
            JsonNode p = e.params();
            if ("Document".equals(p.path("type").asText()) && mainFrameId.equals(p.path("frameId").asText())) {
                JsonNode response = p.path("response");
                Map<String, String> headers = new TreeMap<>();
                response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
                return new Visit(response.path("url").asText(url), response.path("status").asInt(-1), headers,
                        response.path("mimeType").asText(), error);
            }
        }
        return new Visit(url, -1, Map.of(), "", error == null ? "no document response seen" : error);
    }

    /** {@code s} as a JavaScript string literal (JSON strings are JavaScript strings). */
    static String jsString(String s) {
        return Json.write(s);
    }

    @Override
    public void close() {
        session.close();
    }
}
