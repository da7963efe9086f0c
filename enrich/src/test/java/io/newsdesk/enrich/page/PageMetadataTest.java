package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    @Test
    void jsonLdGivesTheArticlesHeadlineAndItsPeopleAsAuthors() {
        Document doc = page("<title>Home | Metro Pulse</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Metro Pulse\"},{\"@type\":\"NewsArticle\",\"headline\":\"Landlords face"
                + " fines for damp\",\"author\":[{\"@type\":\"Person\",\"name\":\"Sunniva Eze\"},{\"@type\":\"Organization\","
                + "\"name\":\"Metro Pulse\"}]}]}</script>", "<div>Landlords face fines for damp</div>");
        PageMetadata meta = PageMetadata.of(doc);

        assertEquals("Landlords face fines for damp", meta.headline());
        assertEquals(List.of("Sunniva Eze"), meta.jsonLdAuthors(), "an organisation is not an author");
        assertNull(meta.titleHeadline(), "'Home | Metro Pulse' names no story");
        assertEquals("Sunniva Eze", HtmlPage.byline(doc, meta));
    }

    @Test
    void brokenStructuredDataIsPassedOver() {
        PageMetadata meta = PageMetadata.of(page("<title>Bridge reopens after repairs | Valley Times</title>"
                + "<script type=\"application/ld+json\">{\"headline\": </script>", ""));

        assertNull(meta.jsonLdHeadline());
        assertEquals("Bridge reopens after repairs", meta.headline());
    }

    @Test
    void theTitlesOtherPartsNameTheSite() {
        PageMetadata meta = PageMetadata.of(page("<meta property=\"og:title\" content=\"Miners rescued after two days | The Valley"
                + " Chronicle\"><title>Miners rescued after two days - News - The Valley Chronicle</title>", ""));

        assertTrue(meta.namesTheSite("The Valley Chronicle"));
        assertFalse(meta.namesTheSite("Miners rescued after two days"));
        assertTrue(meta.namesAsHeadline("Miners rescued after two days"));
        assertFalse(meta.namesAsHeadline("News"));
    }

    @Test
    void aLogoInAnH1IsPassedOverForTheHeadingTheMetadataNames() {
        Document doc = page("<title>Miners rescued after two days | The Valley Chronicle</title>",
                "<div><h1 class=\"logo\"><a href=\"/\">The Valley Chronicle</a></h1></div>"
                        + "<div class=\"post\"><h2 class=\"post-title\">Miners rescued after two days</h2><p>Text.</p></div>");

        assertEquals("Miners rescued after two days", HtmlPage.headline(doc, PageMetadata.of(doc)));
    }

    @Test
    void aPrintLabelBeforeTheTitleIsNotPartOfTheHeadline() {
        Document doc = page("<title>Print: School meals charge scrapped</title>",
                "<h2 class=\"print-headline\">School meals charge scrapped</h2><p>Parents will no longer pay.</p>");

        assertEquals("School meals charge scrapped", HtmlPage.headline(doc, PageMetadata.of(doc)));
    }

    @Test
    void authorsListedOneToAChildOfTheElementMarkedForThem() {
        Document doc = page("", "<ul class=\"story__authors\"><li><a href=\"/a\">Beatrix Olawale</a></li>"
                + "<li><a href=\"/b\">Hamish Nakagawa</a></li></ul>");

        assertEquals("Beatrix Olawale and Hamish Nakagawa", HtmlPage.byline(doc, PageMetadata.of(doc)));
    }

    @Test
    void oneOfSeveralAuthorsMarkedInTheLineThatNamesThemAll() {
        Document doc = page("", "<p>By <span><a href=\"/a\">Teodora Vance</a></span> and <span class=\"last-byline\">"
                + "<a href=\"/b\">Kofi Arrington</a></span></p>");

        assertEquals("Teodora Vance and Kofi Arrington", HtmlPage.byline(doc, PageMetadata.of(doc)));
    }
}
