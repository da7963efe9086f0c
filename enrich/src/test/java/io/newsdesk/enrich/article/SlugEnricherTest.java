package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlugEnricherTest {
    private final SlugEnricher enricher = new SlugEnricher();

    @Test
    void headlineWordsThenAShortSuffixOfTheArticleId() {
        String suffix = SlugEnricher.suffix("riverside-ledger:4711");

        assertEquals("harbor-pilot-cleared-of-smuggling-charges-" + suffix,
                SlugEnricher.slug("Harbor Pilot Cleared of Smuggling Charges", "riverside-ledger:4711"));
        assertEquals("c900f2b1", suffix, "the first 8 hex digits of the articleId's SHA-256");
    }

    @Test
    void accentsAreFoldedAndPunctuationDropped() {
        assertEquals("cafe-owners-us-visa-dont-stop-her-" + SlugEnricher.suffix("x"),
                SlugEnricher.slug("Café owner’s U.S. visa: ‘Don’t stop her!’", "x"));
        assertEquals("strasse-in-koln-gesperrt-" + SlugEnricher.suffix("x"),
                SlugEnricher.slug("Straße in Köln gesperrt", "x"));
    }

    @Test
    void atMostEightWords() {
        assertEquals("one-two-three-four-five-six-seven-eight-" + SlugEnricher.suffix("x"),
                SlugEnricher.slug("One two three four five six seven eight nine ten", "x"));
    }

    @Test
    void sameArticleKeepsItsSuffixAndDifferentArticlesWithOneHeadlineDiffer() {
        String first = SlugEnricher.slug("Jury acquits pilot", "src:1");
        String update = SlugEnricher.slug("Jury acquits harbor pilot", "src:1");
        String other = SlugEnricher.slug("Jury acquits pilot", "src:2");

        assertEquals(first.substring(first.lastIndexOf('-')), update.substring(update.lastIndexOf('-')));
        assertNotEquals(first, other);
    }

    @Test
    void withoutAnyWordsTheSlugIsArticleAndTheSuffix() {
        assertEquals("article-" + SlugEnricher.suffix("x"), SlugEnricher.slug("!!! —", "x"));
    }

    @Test
    void usesTheCleanHeadlineElseTheTextsFirstWords() {
        EnrichedArticle.Builder withHeadline = article("Clean Headline", "Body text here.");
        EnrichedArticle.Builder withoutHeadline = article(null, "Body text here, and more.");

        enricher.enrich(withHeadline, AnalyzedText.of(withHeadline.getContent().getText()));
        enricher.enrich(withoutHeadline, AnalyzedText.of(withoutHeadline.getContent().getText()));

        assertEquals("clean-headline-" + SlugEnricher.suffix("s1"), withHeadline.getSlug());
        assertEquals("body-text-here-and-more-" + SlugEnricher.suffix("s1"), withoutHeadline.getSlug());
    }

    private static EnrichedArticle.Builder article(String headline, String text) {
        return EnrichedArticle.newBuilder()
                .setSubmission(SampleArticles.submission("s1").build())
                .setContent(ArticleContent.newBuilder().setHeadline(headline).setText(text).build())
                .setEnrichedAt(Instant.EPOCH);
    }
}
