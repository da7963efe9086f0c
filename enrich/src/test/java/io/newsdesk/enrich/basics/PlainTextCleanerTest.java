package io.newsdesk.enrich.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {
    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    @Test
    void rawPageBecomesItsArticleAsPlainTextParagraphs() {
        ArticleContent content = cleaner.clean(SampleArticles.harborPilotPage("a1"));

        assertEquals(SampleArticles.HARBOR_PILOT_TEXT, content.getText());
    }

    @Test
    void rawPageHeadlineIsItsFirstH1AndIsNotRepeatedInTheBody() {
        ArticleContent content = cleaner.clean(SampleArticles.harborPilotPage("a1"));

        assertEquals("Harbor Pilot Cleared of Smuggling Charges", content.getHeadline());
        assertFalse(content.getText().contains("Cleared of"));
        assertFalse(content.getHtml().contains("<h1>"));
    }

    @Test
    void pageChromeAroundTheArticleIsDroppedAndKeptForAudit() {
        ArticleContent content = cleaner.clean(SampleArticles.harborPilotPage("a1"));

        assertEquals(List.of("Home Courts", "Riverside Ledger", "Copyright Riverside Ledger"),
                content.getRemovedBoilerplate());
        assertFalse(content.getText().contains("Riverside Ledger"));
    }

    @Test
    void htmlIsSanitizedToThePublishingAllowlist() {
        ArticleContent content = cleaner.clean(SampleArticles.harborPilotPage("a1"));
        String html = content.getHtml();

        assertTrue(html.startsWith("<p>A federal jury on Tuesday"), html);
        assertTrue(html.contains("port of Riverside.</p>\n<p>Prosecutors said"), html);
        assertTrue(html.contains("<a href=\"https://example.org/verdict\" rel=\"nofollow noopener\">Read the verdict</a>"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("trackVisit"), html);
        assertFalse(html.contains("color: red"), html);
        assertFalse(html.contains("<article"), html);
    }

    @Test
    void scriptsAndUnsafeMarkupInsideTheBodyAreRemoved() {
        Submission s = SampleArticles.submission("a2").setHeadline("Council votes")
                .setBodyFormat(BodyFormat.HTML)
                .setBody("<p onmouseover=\"x()\">The council <b>voted</b> <img src=x onerror=alert(1)>yes.</p>"
                        + "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
                        + "<p><a href=\"javascript:alert(1)\">click</a> <em>now</em></p>")
                .build();

        ArticleContent content = cleaner.clean(s);

        assertEquals("<p>The council <b>voted</b> yes.</p><p><a rel=\"nofollow noopener\">click</a> <em>now</em></p>",
                content.getHtml());
        assertEquals("The council voted yes.\n\nclick now", content.getText());
    }

    @Test
    void titleWithoutSiteNameIsTheHeadlineWhenThePageHasNoH1() {
        Submission s = SampleArticles.submission("a3").setBodyFormat(BodyFormat.HTML)
                .setBody("<html><head><title>Riverside Ledger | Bridge Reopens After Inspection</title></head>"
                        + "<body><p>The bridge reopened on Monday.</p></body></html>")
                .build();

        assertEquals("Bridge Reopens After Inspection", cleaner.clean(s).getHeadline());
    }

    @Test
    void submittedHeadlineWinsOverThePage() {
        Submission s = SampleArticles.submission("a4").setHeadline("  Jury  acquits\tpilot ")
                .setBodyFormat(BodyFormat.HTML).setBody("<h1>Something else</h1><p>Body.</p>").build();

        ArticleContent content = cleaner.clean(s);

        assertEquals("Jury acquits pilot", content.getHeadline());
        assertEquals("Something else\n\nBody.", content.getText());
    }

    @Test
    void lineBreaksAndListItemsKeepTheirShape() {
        Submission s = SampleArticles.submission("a5").setHeadline("Charges").setBodyFormat(BodyFormat.HTML)
                .setBody("<p>Counts filed:</p><ul><li>fraud</li><li>perjury</li></ul><p>Court clerk<br>Room 4</p>")
                .build();

        assertEquals("Counts filed:\n\nfraud\n\nperjury\n\nCourt clerk\nRoom 4", cleaner.clean(s).getText());
    }

    @Test
    void textBodyIsNormalizedIntoParagraphsAndEscapedAsHtml() {
        Submission s = SampleArticles.textArticle("a6", "Ferry fares rise",
                "Ferry fares rise  by\t5% on\r\nMonday, the <operator> said.\r\n\r\n\r\n   Commuters objected.  \n");

        ArticleContent content = cleaner.clean(s);

        assertEquals("Ferry fares rise by 5% on Monday, the <operator> said.\n\nCommuters objected.", content.getText());
        assertEquals("<p>Ferry fares rise by 5% on Monday, the &lt;operator&gt; said.</p>\n<p>Commuters objected.</p>",
                content.getHtml());
        assertEquals(List.of(), content.getRemovedBoilerplate());
    }

    @Test
    void textBodyStartingWithTheHeadlineDoesNotRepeatIt() {
        Submission s = SampleArticles.textArticle("a7", "Ferry Fares Rise", "Ferry fares rise\n\nBy 5 percent.");

        assertEquals("By 5 percent.", cleaner.clean(s).getText());
    }

    @Test
    void textBodyWithoutHeadlineHasNoneAndEmptyBodyGivesEmptyContent() {
        ArticleContent content = cleaner.clean(SampleArticles.submission("a8").setBody("  \n ").build());

        assertNull(content.getHeadline());
        assertEquals("", content.getText());
        assertEquals("", content.getHtml());
    }

    @Test
    void namesItselfAndItsVersion() {
        assertEquals("plain-text", cleaner.name());
        assertEquals("1", cleaner.version());
    }
}
