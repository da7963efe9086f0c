package io.newsdesk.publish.site.pages;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.site.SiteUnderTest;
import io.newsdesk.schemas.PublishedArticle;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    /**
     * The read model gives the page the record without its body (and the body cleaned when indexed): the
     * page must be exactly what the whole record makes, so nothing on it may come from the record's body.
     */
    @Test
    void theServedPageIsWhatTheWholeRecordAndItsCleanedBodyMake() throws Exception {
        PublishedArticle whole = article("a1").foundByline("Amit Rao").correction(2, "An earlier version misspelled a name.", T0)
                .version(2).build();
        try (SiteUnderTest site = new SiteUnderTest()) {
            site.index.apply("a1", whole, null);
            HttpResponse<String> served = site.get("/articles/" + whole.getSlug());
            assertEquals(200, served.statusCode());
            ArticleView view = new ArticleView(whole);
            String fromWholeRecord = new SitePages(new PageLayout(site.config))
                    .article(view, SafeBody.html(view.rawBodyHtml(), view.bodyText()), List.of());
            assertTrue(fromWholeRecord.contains("convicted a delivery driver"), "the body is on the page");
            assertEquals(fromWholeRecord, served.body());
        }
    }
}
