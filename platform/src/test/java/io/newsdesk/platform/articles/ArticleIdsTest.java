package io.newsdesk.platform.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void sameSourceAndExternalIdGiveTheSameId() {
        assertEquals(ArticleIds.of("harbour-courier", "hc-1001"), ArticleIds.of("harbour-courier", "hc-1001"));
    }

    @Test
    void idIsThirtyTwoUrlSafeCharacters() {
        String id = ArticleIds.of("harbour-courier", "https://courier.example/a b/?x=1");
        assertTrue(id.matches("[a-z2-7]{32}"), id);
    }

    @Test
    void separatorKeepsSplitsApart() {
        assertNotEquals(ArticleIds.of("ab", "c"), ArticleIds.of("a", "bc"));
        assertNotEquals(ArticleIds.of("harbour-courier", "1"), ArticleIds.of("valley-post", "1"));
    }

    @Test
    void idIsPinnedSoItNeverChangesBetweenReleases() {
        // Changing the derivation would turn every resubmission into a new article. The expected value
        // is base32(SHA-256("harbour-courier\0hc-1001")[0..20]), computed independently of this code.
        assertEquals("mc36cfosoqwutbr767cgwql2s7txbdr2", ArticleIds.of("harbour-courier", "hc-1001"));
    }
}
