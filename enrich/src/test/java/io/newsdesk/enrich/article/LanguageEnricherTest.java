package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.LanguageDetector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LanguageEnricherTest {
    private final LanguageEnricher enricher = new LanguageEnricher(new LanguageDetector());

    @Test
    void submittedLanguageWinsReducedToItsIsoCode() {
        // The text is French, but the newsroom said English: the submission is the authority.
        EnrichedArticle.Builder article = article("en-GB", "Le tribunal a libéré la pilote et le jury est rentré.");

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertEquals("en", article.getLanguage());
    }

    @Test
    void detectsTheLanguageWhenNoneWasSubmitted() {
        EnrichedArticle.Builder article = article(null, "Le tribunal a libéré la pilote et le jury est rentré chez lui.");

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertEquals("fr", article.getLanguage());
    }

    @Test
    void detectsTheLanguageWhenTheSubmittedTagIsNoLanguage() {
        EnrichedArticle.Builder article = article("zz-ZZ", SampleArticles.HARBOR_PILOT_TEXT);

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertEquals("en", article.getLanguage());
    }

    @Test
    void leavesTheLanguageUnsetWhenTheTextDoesNotSay() {
        EnrichedArticle.Builder article = article(null, "Pilot acquitted");

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertNull(article.getLanguage());
    }

    private static EnrichedArticle.Builder article(String submittedLanguage, String text) {
        return EnrichedArticle.newBuilder()
                .setSubmission(SampleArticles.submission("l1").setLanguage(submittedLanguage).build())
                .setContent(ArticleContent.newBuilder().setText(text).build())
                .setEnrichedAt(Instant.EPOCH);
    }
}
