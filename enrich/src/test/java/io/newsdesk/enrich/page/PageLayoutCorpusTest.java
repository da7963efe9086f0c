package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The page-part finder on raw pages in layouts the evaluation set does not have: {@code pages/layouts/}, 291 scraped
 * pages we wrote in the shapes real publishing systems emit (WordPress, Arc, Drupal, Ghost, Brightspot, AMP, Blogger,
 * Joomla, site builders, old table layouts, Google cache, print views, reader-mode, app, newsletter and text-browser
 * copies, live blogs, JSON-LD only, wire services, court reports, broadcasters' video pages and transcripts, tabloids,
 * regional and radio sites, pages with teasers or several stories), each with the headline, byline, dateline and
 * opening words of the body a reader would name ({@code expected.json}). Each page goes through {@link NewsPageCleaner}
 * as ingest hands it over (a raw page, HTML or text by its file name); the test prints every miss and the four scores
 * and asserts floors under them, so a rule that helps one layout and breaks another shows here rather than only on
 * unseen news. Pages 47 to 95 and 101 to 155 were written in batches before the rules saw them, to measure how the
 * rules generalise (101 to 155 scored headline 46, byline 41, dateline 50, body start 53 of 55 before their round; 197
 * to 262 — CMS families, headlines outside h1 or split, run-in kickers, cookie walls, paywalls, obituaries, press
 * releases, galleries, court lists, newsletters — headline 52, byline 53, dateline 63, body start 63 of 66 before
 * their round, 65, 66, 66, 66 after); 156 to 196 and 263 to 296 were written after, aimed at shapes the rules did not
 * yet handle (263 to 274: a caption or an advert written as sentences above the headline, labels inside the h1, a
 * blog's tagline; 8, 10, 12, 10 of 12 before; 275 to 286 in the evaluation writers' style: a video's label between
 * headline and standfirst, a standfirst inside the h1, 'Additional reporting by', a bare name and role under a
 * sentence standfirst, the article's own header element; 9, 10, 12, 11 of 12 before; 287 to 291: the date or the
 * byline between headline and standfirst, a screen-reader label in the h1; headline 2 of 5 before; 292 to 296: an 'and
 * NAME' line under the 'By' line, a caption paragraph in the story's markup; byline, dateline and body start 4 of 5
 * before). Each batch's misses were then fixed as kinds of layout, never as a page's wording; two headlines stay
 * ambiguous (a short title-case or capitals line over a longer one: kicker or headline?), and a blog's tagline over a
 * headline of the same length reads as the headline (two pages), as a headline over its standfirst does.
 */
class PageLayoutCorpusTest {
    /** The floors: a little under the scores the rules reach (287, 291, 291, 291 of 291), so that losing a few layouts fails. */
    private static final double MIN_HEADLINE = 0.98;
    private static final double MIN_BYLINE = 0.99;
    private static final double MIN_DATELINE = 0.99;
    private static final double MIN_BODY_START = 0.99;

    private final NewsPageCleaner cleaner = new NewsPageCleaner();

    @Test
    void headlineBylineDatelineAndBodyAreFoundOnEveryLayout() throws IOException {
        JsonNode pages = read("expected.json").get("pages");
        String[] parts = {"headline", "byline", "dateline", "body start"};
        double[] floors = {MIN_HEADLINE, MIN_BYLINE, MIN_DATELINE, MIN_BODY_START};
        int[] right = new int[parts.length];
        List<String> misses = new ArrayList<>();
        for (JsonNode page : pages) {
            String file = page.get("file").asText();
            ArticleContent c = cleaner.clean(rawPage(file));
            String firstParagraph = c.getText().split("\n\n", 2)[0];
            String wantStart = page.get("bodyStart").asText();
            String[] want = {page.get("headline").asText(), textOrNull(page.get("byline")), textOrNull(page.get("dateline")), wantStart};
            String[] got = {c.getHeadline(), c.getByline(), LineShapes.dateline(firstParagraph),
                    firstParagraph.startsWith(wantStart) ? wantStart : shortened(firstParagraph)};
            for (int k = 0; k < parts.length; k++) {
                if (Objects.equals(want[k], got[k])) {
                    right[k]++;
                } else {
                    misses.add(file + " " + parts[k] + ": want [" + want[k] + "] got [" + got[k] + "]");
                }
            }
        }
        misses.forEach(System.out::println);
        int n = pages.size();
        StringBuilder line = new StringBuilder("page layouts (" + n + " pages):");
        for (int k = 0; k < parts.length; k++) {
            line.append(String.format(" %s %.3f (%d/%d)", parts[k], (double) right[k] / n, right[k], n));
        }
        System.out.println(line);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(n >= 275, "at least 275 layouts"));
        for (int k = 0; k < parts.length; k++) {
            int at = k;
            checks.add(() -> assertTrue(right[at] >= floors[at] * n, parts[at] + " " + right[at] + "/" + n + " under the floor " + floors[at]));
        }
        assertAll(checks);
    }

    private Submission rawPage(String file) throws IOException {
        String body = new String(resource(file).readAllBytes(), StandardCharsets.UTF_8);
        return Submission.newBuilder().setArticleId(file).setVersion(1).setSubmissionId(file).setSource("layouts")
                .setExternalId(file).setChannel(SubmissionChannel.RAW_PAGE).setHeadline(null).setBody(body)
                .setBodyFormat(file.endsWith(".html") ? BodyFormat.HTML : BodyFormat.TEXT)
                .setReceivedAt(Instant.EPOCH).build();
    }

    private JsonNode read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getResourceAsStream("/pages/layouts/" + name), name);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String shortened(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
