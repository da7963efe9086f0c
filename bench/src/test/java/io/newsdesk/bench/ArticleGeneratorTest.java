package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final Pattern QUOTE = Pattern.compile("\"[A-Z][^\"]{10,},\" ");
    private static final Pattern MONEY = Pattern.compile("\\$\\d");
    private static final Pattern CAPITALISED_PAIR = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z']+\\b");

    @Test
    void theSameSeedAndIndexGiveTheSameArticle() {
        ArticleGenerator a = new ArticleGenerator(42);
        ArticleGenerator b = new ArticleGenerator(42);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.article(i), b.article(i));
        }
        // and asking in another order changes nothing
        assertEquals(new ArticleGenerator(42).article(7), a.article(7));
    }

    @Test
    void anotherSeedOrIndexGivesAnotherArticle() {
        assertNotEquals(new ArticleGenerator(42).article(3).body(), new ArticleGenerator(43).article(3).body());
        assertNotEquals(new ArticleGenerator(42).article(3).body(), new ArticleGenerator(42).article(4).body());
    }

    @Test
    void bodiesAreBetweenOneAndTenKilobytesAndUseTheRange() {
        ArticleGenerator generator = new ArticleGenerator(1);
        int below3k = 0;
        int above7k = 0;
        for (int i = 0; i < 500; i++) {
            int size = generator.article(i).bodyBytes();
            assertTrue(size >= 1024 && size <= 10 * 1024, "article " + i + " has " + size + " bytes");
            below3k += size < 3 * 1024 ? 1 : 0;
            above7k += size > 7 * 1024 ? 1 : 0;
        }
        assertTrue(below3k > 50, "short articles: " + below3k);
        assertTrue(above7k > 20, "long articles: " + above7k);
    }

    @Test
    void articlesOfARequestedSizeStayWithinTheBounds() {
        ArticleGenerator generator = new ArticleGenerator(9);
        for (int kb : new int[] {1, 2, 4, 8}) {
            int min = kb * 1024;
            int max = min + Math.max(400, min / 10);
            for (int i = 0; i < 10; i++) {
                int size = generator.article(i, min, max).bodyBytes();
                assertTrue(size >= min && size <= max, kb + " KB article " + i + " has " + size + " bytes");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> generator.article(0, 1000, 1100));
    }

    @Test
    void readsLikeNewsWithNamesQuotesAndNumbersNotFillerText() {
        ArticleGenerator generator = new ArticleGenerator(7);
        int withQuotes = 0;
        int withMoney = 0;
        Set<String> headlines = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            GeneratedArticle a = generator.article(i);
            assertFalse(a.body().toLowerCase().contains("lorem"));
            assertFalse(a.body().contains("{"), "unfilled slot in " + a.body());
            assertTrue(a.body().contains("\n\n"), "paragraphs");
            assertTrue(CAPITALISED_PAIR.matcher(a.body()).find(), "a person's name");
            assertTrue(a.byline().startsWith("By "));
            withQuotes += QUOTE.matcher(a.body()).find() ? 1 : 0;
            withMoney += MONEY.matcher(a.body()).find() ? 1 : 0;
            headlines.add(a.headline());
            sections.add(a.section());
        }
        assertTrue(withQuotes > 70, "articles with a direct quote: " + withQuotes);
        assertTrue(withMoney > 30, "articles with an amount of money: " + withMoney);
        assertTrue(headlines.size() > 90, "distinct headlines: " + headlines.size());
        assertEquals(7, sections.size(), "every beat appears: " + sections);
    }

    @Test
    void aPersonIsNamedInFullOnceThenBySurname() {
        GeneratedArticle a = new ArticleGenerator(3).article(11);
        // The reporter's name is in the byline only; any "First Last, NN," introduction appears once.
        Pattern intro = Pattern.compile("([A-Z][a-z]+ [A-Z][a-z']+), \\d{2},");
        var m = intro.matcher(a.body());
        Set<String> introduced = new HashSet<>();
        while (m.find()) {
            assertTrue(introduced.add(m.group(1)), m.group(1) + " introduced twice in " + a.body());
        }
    }

    @Test
    void theSubmissionCarriesTheArticleUnchanged() {
        GeneratedArticle a = new ArticleGenerator(5).article(2);
        Instant received = Instant.parse("2025-05-01T10:00:00Z");
        Submission s = a.toSubmission("bench-src", "sub-1", received);
        assertEquals(a.articleId("bench-src"), s.getArticleId());
        assertEquals(a.body(), s.getBody());
        assertEquals(a.headline(), s.getHeadline());
        assertEquals(received, s.getReceivedAt());
        assertEquals(1L, s.getVersion());
        assertEquals(a.articleId("bench-src"), a.toParsed("bench-src").articleId());
        String json = new String(a.toJson("bench-src"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"externalId\":\"" + a.externalId() + "\""), json);
        assertTrue(json.contains("\"source\":\"bench-src\""), json);
    }

    @Test
    void aPoolReusesTextsUnderNewIds() {
        ArticlePool pool = ArticlePool.generate(new ArticleGenerator(2), 3);
        GeneratedArticle first = pool.article("phase", 0);
        GeneratedArticle again = pool.article("phase", 3);
        assertEquals(first.body(), again.body());
        assertNotEquals(first.articleId("s"), again.articleId("s"));
        assertEquals("phase-3", again.externalId());
    }
}
