package io.newsdesk.publish.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.http.Response;
import io.newsdesk.publish.browser.BrowserTab.Visit;
import io.newsdesk.publish.site.TestIndex;
import io.newsdesk.schemas.PublishedArticle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input in every field an upstream system controls (headline, summary, HTML and plain-text
 * bodies, byline, quote text, speaker and attribution, keywords, entity names and titles, topic
 * labels, cited outlets, correction notes, the source URL) never runs on any page the site serves,
 * in a real browser: home, article, topic, entity, search, digest, feeds, sitemaps and API answers as the
 * browser shows them, and the 410 page of a retracted article; also words a reader types into search.
 *
 * <p>Two defences are checked separately. Each page is loaded once as served, and once with the
 * browser told to ignore the Content-Security-Policy: the second pass shows that escaping and the
 * body sanitizer alone stop every payload, the first that the CSP is not needed to hide a hole.
 * A control page with the raw payloads proves the detector: there, with the CSP ignored, every
 * payload does run and is seen; with the CSP applied, the browser blocks them and reports it.
 */
class HostileContentInBrowserIT {
    private static final Instant NOW = Instant.parse("2025-03-14T22:00:00Z");
    private static final String CONTROL_PATH = "/control/unsanitized";

    private static final String HEADLINE = HostileArticles.HEADLINE;
    private static final String BYLINE = HostileArticles.BYLINE;
    private static final String QUOTE = HostileArticles.QUOTE;
    private static final String SPEAKER = HostileArticles.SPEAKER;
    private static final String CORRECTION = HostileArticles.CORRECTION;

    /**
     * Collects what one page load did. A page passes when nothing ran, no active markup or
     * javascript: link is in its DOM, the CSP had nothing to block, and its headers are sensible.
     */
    private record PageResult(String status, boolean displayed, Set<String> markersShown, List<String> activeMarkup,
                              List<String> javascriptLinks, List<String> cspViolations, String pwned,
                              List<String> dialogs, List<String> console, List<String> exceptions,
                              List<String> scriptLog, List<String> headerProblems) {
        int scriptsRun() {
            return (pwned == null ? 0 : 1) + dialogs.size() + console.size();
        }
    }

    /** A page to load; {@code path} null means "discovered from a link on the article page". */
    private record PageToCheck(String label, String path, int expectedStatus, boolean carriesArticleText) {
    }

    /**
     * Reads the DOM after load: markup that could run script, links with javascript: URLs (checked
     * through the browser's own URL parsing, so entities and odd case count), the CSP violations the
     * recorder saw, the payload flag, and the page's text.
     */
    private static final String PROBE = """
            (() => {
              const activeTags = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base'];
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];
              const active = [];
              for (const el of document.querySelectorAll('*')) {
                const tag = el.localName;
                if (activeTags.includes(tag) || (tag === 'meta' && el.hasAttribute('http-equiv'))) active.push('<' + tag + '>');
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  if (name.startsWith('on') || name === 'srcdoc') active.push(tag + ' @' + name);
                  if (urlAttributes.includes(name) && /^[\\s\\u0000-\\u001f]*javascript:/i.test(a.value)) active.push(tag + ' @' + name + '=javascript:');
                }
              }
              const jsLinks = [...document.querySelectorAll('a[href], area[href]')]
                  .filter(a => a.protocol === 'javascript:')
                  .map(a => { a.setAttribute('data-probe-javascript-link', ''); return a.getAttribute('href'); });
              return {
                pwned: window.__pwned === undefined ? null : String(window.__pwned),
                active, jsLinks,
                csp: window.__cspViolations || [],
                text: document.documentElement ? document.documentElement.textContent : ''
              };
            })()""";

    private static final Pattern MARKER = Pattern.compile("[a-z0-9]+-(?:" + String.join("|",
            Arrays.stream(Payload.values()).map(p -> p.marker("x").substring(2)).toList()) + ")");

    private static TestIndex index;
    private static SiteServer site;
    private static HeadlessChromium chromium;
    private static BrowserTab tab;
    private static String skipped;

    @BeforeAll
    static void startSiteAndBrowser() {
        Optional<Path> binary = HeadlessChromium.installed();
        if (binary.isEmpty()) {
            skipped = HeadlessChromium.reportMissing(HostileContentInBrowserIT.class.getSimpleName());
            return;
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        index = new TestIndex(clock);
        for (PublishedArticle a : List.of(HostileArticles.html(), HostileArticles.text(), HostileArticles.toBeRetracted())) {
            index.apply(a.getArticleId(), a, null);
        }
        index.apply("hostile-3", null, "RETRACTED");
        // The control page is the test's, not the site's: the payloads as raw HTML, but served by the
        // same router, so it carries the same security headers as every site page.
        site = SiteServer.start(index, clock, routes -> routes.get(CONTROL_PATH, r -> Response.html(200,
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>control</title></head><body>"
                        + Payload.all("control") + "</body></html>")));
        chromium = HeadlessChromium.start(binary.get());
        tab = chromium.openTab();
        tab.disableCache();
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stopBrowserAndSite() {
        try (HeadlessChromium browser = chromium; SiteServer server = site; BrowserTab t = tab) {
            // closed in reverse order: tab, site, browser (each may be null when startup was skipped)
        }
    }

    @Test
    void theControlPageShowsTheDetectorSeesPayloadsRunAndTheCspBlocksThem() {
        Set<String> automatic = new TreeSet<>();
        List<Payload> clicked = new ArrayList<>();
        for (Payload p : Payload.values()) {
            if (p.trigger() == Payload.Trigger.LOAD) {
                automatic.add(p.marker("control"));
            } else if (p.trigger() == Payload.Trigger.CLICK) {
                clicked.add(p);
            }
        }

        tab.bypassCsp(true);
        tab.clearFindings();
        assertEquals(200, tab.navigate(site.url(CONTROL_PATH)).status());
        tab.settle();
        // Every payload that needs no click runs in this browser; the negative checks below mean something.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertEquals(automatic, markersIn(tab.dialogs()), "payloads that ran by themselves"));
        JsonNode probe = tab.evaluate(PROBE);
        assertNotEquals("null", probe.path("pwned").asText("null"), "window.__pwned is set");
        assertTrue(probe.path("active").size() > 0, "the probe sees the active markup");
        assertEquals(clicked.size(), probe.path("jsLinks").size(), "every javascript: link, disguised ones too: " + probe.path("jsLinks"));
        for (int link = 0; link < clicked.size(); link++) {
            tab.evaluate("window.__pwned = undefined");
            tab.click("a[href]", link);
            String expected = clicked.get(link).marker("control");
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> expected.equals(tab.evaluate("window.__pwned").asText(null)));
        }

        tab.bypassCsp(false);
        tab.clearFindings();
        Visit enforced = tab.navigate(site.url(CONTROL_PATH));
        assertTrue(SecurityHeaders.problems(enforced.headers()).isEmpty(), "control page headers: " + enforced.headers());
        tab.settle();
        JsonNode blocked = tab.evaluate(PROBE);
        assertTrue(blocked.path("pwned").isNull(), "the CSP alone stops the raw payloads: " + blocked.path("pwned"));
        assertEquals(List.of(), tab.dialogs());
        // One report per blocked inline script or handler in this document; the srcdoc frame's
        // script is blocked too, but reported to the frame's own document.
        assertTrue(blocked.path("csp").size() >= automatic.size() - 1,
                "the browser reports each blocked inline script or handler: " + blocked.path("csp"));
        int violationsBeforeClick = tab.evaluate("window.__cspViolations.length").asInt();
        tab.click("a[href]", 0);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> tab.evaluate("window.__cspViolations.length").asInt() > violationsBeforeClick);
        assertTrue(tab.evaluate("window.__pwned === undefined").asBoolean(), "the CSP blocks a clicked javascript: link too");
        System.out.printf("control page: %d payloads ran with the CSP ignored; with the CSP applied none ran and %d violations were reported%n",
                automatic.size() + clicked.size(), tab.evaluate("window.__cspViolations.length").asInt());
    }

    @Test
    void noPayloadRunsOnAnyPageAndEveryPageSendsSecurityHeaders() {
        List<PageToCheck> pages = new ArrayList<>(List.of(
                new PageToCheck("home", "/", 200, true),
                new PageToCheck("article (HTML body)", "/articles/hostile-one", 200, true),
                new PageToCheck("article (text body)", "/articles/hostile-two", 200, true),
                new PageToCheck("broader topic", "/topics/medtop:02000000", 200, true),
                new PageToCheck("digest", "/digest/2025-03-14", 200, true),
                new PageToCheck("digest JSON", "/digest/2025-03-14.json", 200, true),
                new PageToCheck("RSS feed", "/feeds/rss.xml", 200, true),
                new PageToCheck("Atom feed", "/feeds/atom.xml", 200, true),
                new PageToCheck("JSON Feed", "/feeds/feed.json", 200, true),
                new PageToCheck("topic RSS feed", "/topics/medtop:20000096/feeds/rss.xml", 200, true),
                new PageToCheck("topic Atom feed", "/topics/medtop:20000096/feeds/atom.xml", 200, true),
                new PageToCheck("news sitemap", "/news-sitemap.xml", 200, true),
                new PageToCheck("month sitemap", "/sitemaps/2025-03.xml", 200, false),
                new PageToCheck("search results", "/search?q=facts", 200, true),
                new PageToCheck("search API", "/v1/search?q=facts", 200, true),
                new PageToCheck("search API, whole items", "/v1/search?q=facts&representation=full", 200, true),
                new PageToCheck("search for hostile words", "/search?q=" + URLEncoder.encode(Payload.ATTRIBUTE_BREAKOUT.in("query")
                        + " " + Payload.IMG_ONERROR.in("query"), StandardCharsets.UTF_8), 200, true),
                new PageToCheck("ninjs API", "/v1/articles/hostile-1", 200, true),
                new PageToCheck("change feed API", "/v1/articles", 200, true),
                new PageToCheck("retracted (410)", "/articles/hostile-three", 410, false),
                new PageToCheck("unknown article (404)", "/articles/no-such-story", 404, false),
                new PageToCheck("payload in URL (404)", "/entities/%3Cscript%3Ealert(window.__pwned%3D'url-path')%3C%2Fscript%3E/x", 404, false)));
        pages.addAll(discoveredFromTheArticlePage());

        Map<String, PageResult[]> results = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (boolean bypassCsp : List.of(false, true)) {
            tab.bypassCsp(bypassCsp);
            for (PageToCheck page : pages) {
                PageResult r = load(page);
                results.computeIfAbsent(page.label() + "  " + page.path(), k -> new PageResult[2])[bypassCsp ? 1 : 0] = r;
                failures.addAll(judge(page, r, bypassCsp ? "CSP ignored" : "CSP applied"));
            }
        }
        printTable(results);

        // The payloads are on the pages as text a reader can see, exactly as written.
        tab.bypassCsp(false);
        tab.navigate(site.url("/articles/hostile-one"));
        assertEquals(HEADLINE, tab.evaluate("document.querySelector('article.story h1').textContent").asText());
        assertEquals("By " + BYLINE, tab.evaluate("document.querySelector('article.story .byline').textContent").asText());
        assertEquals(QUOTE, tab.evaluate("document.querySelector('.quotes blockquote').textContent").asText());
        assertEquals(SPEAKER, tab.evaluate("document.querySelector('.quotes cite').textContent").asText());
        assertTrue(tab.evaluate("document.querySelector('.corrections li').textContent").asText().endsWith(": " + CORRECTION),
                "the correction note reads as written");
        assertEquals("Facts.", tab.evaluate("document.querySelector('.story-body p').textContent").asText(),
                "the body's harmless paragraph survives sanitizing");

        assertEquals(List.of(), failures, "pages where hostile content was not inert or headers were weak");
    }

    /** Topic and entity pages are reached the way a reader reaches them: through the article's links. */
    private static List<PageToCheck> discoveredFromTheArticlePage() {
        tab.bypassCsp(false);
        tab.navigate(site.url("/articles/hostile-one"));
        List<PageToCheck> found = new ArrayList<>();
        JsonNode links = tab.evaluate("""
                ({topics: [...document.querySelectorAll('nav.topics a')].map(a => a.getAttribute('href')),
                  entities: [...document.querySelectorAll('.entities a')].map(a => a.getAttribute('href')),
                  speakers: [...document.querySelectorAll('.quotes figcaption a')].map(a => a.getAttribute('href'))})""");
        links.path("topics").forEach(h -> found.add(new PageToCheck("topic", h.asText(), 200, true)));
        links.path("entities").forEach(h -> found.add(new PageToCheck("entity " + h.asText().split("/")[2], h.asText(), 200, true)));
        assertEquals(1, links.path("topics").size(), "the article links its topic: " + links);
        assertEquals(3, links.path("entities").size(), "the article links its person, place and organization: " + links);
        assertEquals(List.of(links.path("entities").get(0).asText()), strings(links.path("speakers")),
                "the quote links its speaker's page, the person's entity page: " + links);
        return found;
    }

    private static PageResult load(PageToCheck page) {
        tab.clearFindings();
        Visit visit = tab.navigate(site.url(page.path()));
        String status = visit.status() + (visit.rendered() ? "" : " (" + visit.errorText() + ")");
        List<String> headerProblems = SecurityHeaders.problems(visit.headers());
        if (!visit.rendered()) {
            // A type the browser does not display (it would offer a download): nothing can run.
            return new PageResult(status, false, Set.of(), List.of(), List.of(), List.of(), null,
                    tab.dialogs(), tab.consoleMessages(), tab.exceptions(), scriptLog(), headerProblems);
        }
        tab.settle();
        JsonNode probe = tab.evaluate(PROBE);
        List<String> jsLinks = strings(probe.path("jsLinks"));
        String pwned = probe.path("pwned").isNull() ? null : probe.path("pwned").asText();
        if (!jsLinks.isEmpty()) {
            // There must be none; if there are, click each as a reader would to report what it does.
            for (int i = 0; i < jsLinks.size(); i++) {
                tab.click("[data-probe-javascript-link]", i);
            }
            tab.settle();
            pwned = tab.evaluate("window.__pwned === undefined ? null : String(window.__pwned)").asText(null);
        }
        return new PageResult(status, true, markersIn(List.of(probe.path("text").asText())), strings(probe.path("active")),
                jsLinks, strings(probe.path("csp")), pwned, tab.dialogs(), tab.consoleMessages(), tab.exceptions(),
                scriptLog(), headerProblems);
    }

    private static List<String> judge(PageToCheck page, PageResult r, String mode) {
        List<String> problems = new ArrayList<>();
        String where = page.label() + " " + page.path() + " [" + mode + "]: ";
        if (!r.status().startsWith(String.valueOf(page.expectedStatus()))) {
            problems.add(where + "status " + r.status() + ", expected " + page.expectedStatus());
        }
        if (r.pwned() != null) {
            problems.add(where + "script ran: window.__pwned = " + r.pwned());
        }
        r.dialogs().forEach(d -> problems.add(where + "dialog opened: " + d));
        r.console().forEach(c -> problems.add(where + "console call from page script: " + c));
        r.exceptions().forEach(e -> problems.add(where + "script exception: " + e));
        r.scriptLog().forEach(l -> problems.add(where + "browser log: " + l));
        r.activeMarkup().forEach(a -> problems.add(where + "active markup in the DOM: " + a));
        r.javascriptLinks().forEach(l -> problems.add(where + "javascript: link: " + l));
        r.cspViolations().forEach(v -> problems.add(where + "the CSP had to block: " + v));
        r.headerProblems().forEach(h -> problems.add(where + h));
        if (page.carriesArticleText() && r.displayed() && r.markersShown().isEmpty()) {
            problems.add(where + "no payload text on the page, so this check proves nothing");
        }
        if (!page.carriesArticleText() && !r.markersShown().isEmpty()) {
            problems.add(where + "shows article text it should not: " + r.markersShown());
        }
        return problems;
    }

    /** Browser log lines about script or policy (network 404s for harmless images are not findings). */
    private static List<String> scriptLog() {
        return tab.logEntries().stream()
                .filter(l -> l.contains("/javascript:") || l.contains("/security:") || l.contains("/violation:"))
                .toList();
    }

    private static Set<String> markersIn(List<String> texts) {
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void printTable(Map<String, PageResult[]> results) {
        String format = "%-78s %-22s %8s %7s %8s %11s %-8s%n";
        StringBuilder table = new StringBuilder("\nHostile content in Chromium: payload markers shown as text, and what ran "
                + "(CSP applied / CSP ignored)\n");
        table.append(String.format(format, "page", "status", "as text", "active", "js links", "scripts run", "headers"));
        Set<String> allMarkers = new LinkedHashSet<>();
        for (Map.Entry<String, PageResult[]> row : results.entrySet()) {
            PageResult on = row.getValue()[0];
            PageResult off = row.getValue()[1];
            allMarkers.addAll(on.markersShown());
            String label = row.getKey().length() > 78 ? row.getKey().substring(0, 75) + "..." : row.getKey();
            table.append(String.format(format, label, on.status(),
                    on.displayed() ? String.valueOf(on.markersShown().size()) : "-",
                    on.activeMarkup().size() + "/" + off.activeMarkup().size(),
                    on.javascriptLinks().size() + "/" + off.javascriptLinks().size(),
                    on.scriptsRun() + "/" + off.scriptsRun(),
                    on.headerProblems().isEmpty() && off.headerProblems().isEmpty() ? "ok" : "WEAK"));
        }
        table.append(String.format("%d distinct payload markers (field x payload, %d payload kinds) reached the pages as visible text;"
                + " none ran.%n", allMarkers.size(), Payload.values().length));
        System.out.print(table);
    }
}
