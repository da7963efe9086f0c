package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsPageCleanerTest {

    private final NewsPageCleaner cleaner = new NewsPageCleaner();

    private static Submission submission(String headline, String body, SubmissionChannel channel, BodyFormat format) {
        return Submission.newBuilder().setArticleId("a1").setVersion(1).setSubmissionId("s1").setSource("test")
                .setExternalId("e1").setChannel(channel).setHeadline(headline).setBody(body).setBodyFormat(format)
                .setReceivedAt(Instant.EPOCH).build();
    }

    private static final String RAW_PAGE = String.join("\n",
            "Skip to content",
            "Home",
            "Local",
            "Business",
            "Sports",
            "Welcome to the Lakeside Ledger",
            "Ferry Service Resumes After Two-Week Shutdown",
            "The Lakeside ferry returned to the water on Monday morning after a two-week shutdown for engine repairs, "
                    + "and the first crossing left the north dock on time with about 80 passengers aboard.",
            "Operators said the repairs cost more than expected but that the timetable would not change for the summer season.",
            "He was glad to be back.",
            "Share this story",
            "Related Stories",
            "Subscribe to our newsletter for daily updates",
            "Copyright 2026 Lakeside Ledger. All rights reserved.");

    @Test
    void rawPageLosesNavigationAndFooterAndKeepsTheStory() {
        ArticleContent c = cleaner.clean(submission(null, RAW_PAGE, SubmissionChannel.RAW_PAGE, BodyFormat.TEXT));

        assertEquals("Ferry Service Resumes After Two-Week Shutdown", c.getHeadline());
        assertTrue(c.getText().startsWith("The Lakeside ferry returned"), c.getText());
        assertTrue(c.getText().endsWith("He was glad to be back."), c.getText());
        assertEquals(3, c.getText().split("\n\n").length, "three paragraphs separated by blank lines");
        assertTrue(c.getRemovedBoilerplate().containsAll(java.util.List.of("Skip to content", "Home", "Welcome to the Lakeside Ledger",
                "Share this story", "Related Stories", "Copyright 2026 Lakeside Ledger. All rights reserved.")), c.getRemovedBoilerplate().toString());
        assertFalse(c.getText().contains("Subscribe"));
        assertFalse(c.getRemovedBoilerplate().contains("Ferry Service Resumes After Two-Week Shutdown"), "the headline is not boilerplate");
    }

    @Test
    void htmlIsSanitizedToTheAllowlistAndRenderedAsParagraphs() {
        String html = "<p onclick=\"steal()\">First <em>paragraph</em> with a <a href=\"javascript:alert(1)\">bad link</a>"
                + " and a <a href=\"https://example.org/x\" target=\"_blank\">good one</a>.</p>"
                + "<script>alert('x')</script><style>p{}</style><h1>Section</h1><p>Second paragraph.</p>"
                + "<ul><li>one</li><li>two</li></ul><img src=x onerror=alert(1)>";
        ArticleContent c = cleaner.clean(submission("Headline", html, SubmissionChannel.API, BodyFormat.HTML));

        assertEquals("Headline", c.getHeadline());
        assertFalse(c.getHtml().contains("script"), c.getHtml());
        assertFalse(c.getHtml().contains("onclick"), c.getHtml());
        assertFalse(c.getHtml().contains("javascript:"), c.getHtml());
        assertFalse(c.getHtml().contains("<img"), c.getHtml());
        assertFalse(c.getHtml().contains("style"), c.getHtml());
        assertTrue(c.getHtml().contains("<a href=\"https://example.org/x\">good one</a>"), c.getHtml());
        assertTrue(c.getHtml().contains("<em>paragraph</em>"), c.getHtml());
        assertTrue(c.getHtml().contains("<h2>Section</h2>"), c.getHtml());
        assertTrue(c.getHtml().contains("<ul><li>one</li><li>two</li></ul>"), c.getHtml());
        assertEquals("First paragraph with a bad link and a good one.\n\nSection\n\nSecond paragraph.\n\none\n\ntwo", c.getText());
    }

    @Test
    void rawHtmlPageFindsTheHeadlineAndDropsNavigation() {
        String page = "<html><head><title>Bridge reopens | Valley Times</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<article><h1>Bridge reopens after repairs</h1>"
                + "<p>The Mill Street bridge reopened to traffic on Friday after eight months of repairs, city officials said at a short ceremony.</p>"
                + "<p>Drivers had been taking a detour of several miles while crews replaced the deck and the railings.</p></article>"
                + "<footer>All rights reserved</footer></body></html>";
        ArticleContent c = cleaner.clean(submission(null, page, SubmissionChannel.RAW_PAGE, BodyFormat.HTML));

        assertEquals("Bridge reopens after repairs", c.getHeadline());
        assertTrue(c.getText().startsWith("The Mill Street bridge reopened"), c.getText());
        assertFalse(c.getText().contains("Home"));
        assertTrue(c.getRemovedBoilerplate().contains("All rights reserved"), c.getRemovedBoilerplate().toString());
    }

    @Test
    void editorialBodiesAreNotTrimmed() {
        String body = "Short first line\n\nSecond paragraph that follows.\n\nSee all";
        ArticleContent c = cleaner.clean(submission("H", body, SubmissionChannel.API, BodyFormat.TEXT));

        assertEquals("Short first line\n\nSecond paragraph that follows.\n\nSee all", c.getText());
        assertEquals("<p>Short first line</p><p>Second paragraph that follows.</p><p>See all</p>", c.getHtml());
        assertTrue(c.getRemovedBoilerplate().isEmpty());
    }

    @Test
    void aTextBodyAlreadyInParagraphsIsItsOwnTextAndOthersAreNormalized() {
        String clean = "First paragraph of the story.\n\nSecond one, with a quote: \"yes\".";
        ArticleContent c = cleaner.clean(submission("H", clean, SubmissionChannel.API, BodyFormat.TEXT));
        assertSame(clean, c.getText(), "an already clean body is not copied");
        assertEquals("<p>First paragraph of the story.</p><p>Second one, with a quote: \"yes\".</p>", c.getHtml());
        for (String messy : new String[] {"First paragraph of the story.\r\n\r\nSecond one, with a quote: \"yes\".",
            "  First paragraph  of the story.\n \nSecond one,\twith a quote: \"yes\".\n", "First paragraph of the story.\n\n\n\nSecond one, with a quote: \"yes\"."}) {
            String text = cleaner.clean(submission("H", messy, SubmissionChannel.API, BodyFormat.TEXT)).getText();
            assertEquals(clean, text, messy);
        }
        // as long as the cleaned text but not equal to it (a tab becomes a space): must not be returned as it is
        String tabbed = clean.replace("First paragraph", "First\tparagraph");
        assertEquals(clean, cleaner.clean(submission("H", tabbed, SubmissionChannel.API, BodyFormat.TEXT)).getText());
    }
    @Test
    void rawTextPageGivesTheAuthorAsBylineAndKeepsHeaderFurnitureOutOfTheBody() {
        String page = String.join("\n", "VALLEY TIMES", "Home | News | Sport | Business", "Switch to dark mode", "Subscribe",
                "Transport", "Mill Street bridge reopens after eight months of repairs",
                "Drivers can cross again after crews replaced the deck and railings",
                "By Ilse Marchetti (Northwind Agency)", "Published May 4, 2025 | Updated 6:05 p.m.",
                "Photo: Ruben Alves / Valley Times", "Cars cross the bridge on Friday morning.",
                "MILLBROOK (Northwind Agency) \u2014 The Mill Street bridge reopened to traffic on Friday after eight months of"
                        + " repairs, city officials said at a short ceremony.",
                "Drivers had been taking a detour of several miles while crews replaced the deck and the railings.",
                "Source: Northwind Agency", "Sign up for our morning newsletter");
        ArticleContent c = cleaner.clean(submission(null, page, SubmissionChannel.RAW_PAGE, BodyFormat.TEXT));

        assertEquals("Mill Street bridge reopens after eight months of repairs", c.getHeadline());
        assertEquals("Ilse Marchetti", c.getByline());
        assertTrue(c.getText().startsWith("MILLBROOK (Northwind Agency) \u2014 The Mill Street bridge"), c.getText());
        assertEquals(2, c.getText().split("\n\n").length, c.getText());
        assertTrue(c.getRemovedBoilerplate().containsAll(java.util.List.of("By Ilse Marchetti (Northwind Agency)",
                "Photo: Ruben Alves / Valley Times", "Cars cross the bridge on Friday morning.", "Source: Northwind Agency")),
                c.getRemovedBoilerplate().toString());
    }

    @Test
    void rawHtmlPageGivesTheAuthorMarkedInTheMarkup() {
        String page = "<html><head><title>Bridge reopens | Valley Times</title></head><body>"
                + "<article><h1>Bridge reopens after repairs</h1>"
                + "<p class=\"meta\">Posted on 4 May 2025 by <span class=\"author\">Ilse Marchetti</span></p>"
                + "<p>The Mill Street bridge reopened to traffic on Friday after eight months of repairs, city officials said at a short ceremony.</p>"
                + "<p>Drivers had been taking a detour of several miles while crews replaced the deck and the railings.</p></article>"
                + "</body></html>";
        ArticleContent c = cleaner.clean(submission(null, page, SubmissionChannel.RAW_PAGE, BodyFormat.HTML));
        assertEquals("Ilse Marchetti", c.getByline());
        assertTrue(c.getText().startsWith("The Mill Street bridge reopened"), c.getText());

        String byClass = page.replace("<p class=\"meta\">Posted on 4 May 2025 by <span class=\"author\">Ilse Marchetti</span></p>",
                "<div class=\"story-byline\">By <a href=\"/a/1\">Ilse Marchetti</a> and <a href=\"/a/2\">Tomas Berg</a></div>");
        assertEquals("Ilse Marchetti and Tomas Berg",
                cleaner.clean(submission(null, byClass, SubmissionChannel.RAW_PAGE, BodyFormat.HTML)).getByline());

        String none = page.replace("<p class=\"meta\">Posted on 4 May 2025 by <span class=\"author\">Ilse Marchetti</span></p>", "");
        assertEquals(null, cleaner.clean(submission(null, none, SubmissionChannel.RAW_PAGE, BodyFormat.HTML)).getByline());
    }

    @Test
    void anHtmlHeadlineIsTheArticlesH1NotTheSiteLogo() {
        String page = "<html><head><title>Bridge reopens | Valley Times</title>"
                + "<meta property=\"og:title\" content=\"Bridge reopens after repairs\"></head><body>"
                + "<header><h1 class=\"logo\">Valley Times</h1></header>"
                + "<div class=\"story\"><h1>Bridge reopens after repairs</h1>"
                + "<p>The Mill Street bridge reopened to traffic on Friday after eight months of repairs, city officials said at a short ceremony.</p>"
                + "</div></body></html>";
        assertEquals("Bridge reopens after repairs",
                cleaner.clean(submission(null, page, SubmissionChannel.RAW_PAGE, BodyFormat.HTML)).getHeadline());
        String onlyLogo = page.replace("<h1>Bridge reopens after repairs</h1>", "").replace("<header>", "<div>").replace("</header>", "</div>");
        assertEquals("Bridge reopens after repairs",
                cleaner.clean(submission(null, onlyLogo, SubmissionChannel.RAW_PAGE, BodyFormat.HTML)).getHeadline(),
                "a two-word h1 beside a longer og:title is the logo");
    }

    @Test
    void editorialBodiesCarryNoFoundByline() {
        String body = "By Ilse Marchetti\n\nThe Mill Street bridge reopened to traffic on Friday after eight months of repairs.";
        ArticleContent c = cleaner.clean(submission("Bridge reopens", body, SubmissionChannel.API, BodyFormat.TEXT));
        assertEquals(null, c.getByline(), "an editorial system's byline travels on the submission");
        assertTrue(c.getText().startsWith("By Ilse Marchetti"), "and its body is not trimmed");
    }
}
