package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.TestArticles;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearchTest {
    private final ArticleIndex index = ArticleIndex.inMemory(Clock.systemUTC());

    @BeforeEach
    void archive() {
        apply(article("budget").headline("Council passes harbor budget").summary("The council voted 7-2 for the budget.")
                .body("", "The city council on Tuesday passed a budget that pays for dredging the harbor.\n\n"
                        + "Opponents said the dredging plan ignores the fishermen.")
                .firstPublished(T0).topics(TestArticles.elections()).entities().build());
        apply(article("ferry").headline("Ferry schedule changes for winter").summary("Fewer crossings from December.")
                .body("", "The harbor ferry will run every two hours. The council was not consulted about the budget cut.")
                .firstPublished(T0.plusSeconds(3600)).entities().build());
        apply(article("trial").headline("Jury convicts courier").summary("A pill-press case ends in a verdict.")
                .body("", "A Harlow County jury convicted a delivery driver.").firstPublished(T0.plusSeconds(7200))
                .entities(TestArticles.entity(EntityType.PERSON, "Lena Ortiz", null, List.of())).build());
        apply(article("killed").headline("Council budget scandal").body("", "The council budget was forged.")
                .firstPublished(T0.plusSeconds(10800)).build());
        apply(article("held").headline("Council budget leak").body("", "The council budget leaked.")
                .firstPublished(T0.plusSeconds(10900)).build());
        index.apply("killed", null, "RETRACTED");
        index.apply("held", null, "WITHHELD");
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void apply(PublishedArticle article) {
        index.apply(article.getArticleId(), article, null);
    }

    private SearchResults<IndexedArticle> search(String text) {
        return index.search().search(new SearchRequest(text, null, null, null, null, null, SearchRequest.Order.RELEVANCE, 1, 10), true);
    }

    private static List<String> ids(SearchResults<IndexedArticle> results) {
        return results.hits().stream().map(h -> h.article().article().getArticleId()).toList();
    }

    @Test
    void findsArticlesWithEveryWordAndAHeadlineMatchRanksFirst() {
        assertEquals(List.of("budget", "ferry"), ids(search("council budget")), "headline before body");
        assertEquals(2, search("council budget").total());
        assertEquals(List.of("budget"), ids(search("council dredging")), "all words must match");
        assertEquals(List.of("trial"), ids(search("convicted")), "English stemming: convicted finds convicts");
        assertEquals(List.of("trial"), ids(search("lena ortiz")), "entity names are searched");
    }

    @Test
    void aWordInTheHeadlineOutweighsTheSameWordOnceInTheBody() {
        // The same words and length; the newer one would come first on a tie, as the index keeps newest first.
        apply(article("in-headline").headline("Dredger report").body("", "Harbor figures released.")
                .firstPublished(T0.plusSeconds(20000)).entities().build());
        apply(article("in-body").headline("Harbor report").body("", "Dredger figures released.")
                .firstPublished(T0.plusSeconds(30000)).entities().build());
        index.refresh();
        assertEquals(List.of("in-headline", "in-body"), ids(search("dredger")));
        assertEquals(List.of("in-body", "in-headline"), ids(search("harbor figures")), "and the other way round");
    }

    /**
     * Freshness: the search clock stands a day after the newest article. The older article matches better
     * (its word twice), yet the one of last week ranks first; against an article that matches far better
     * (in its headline, its summary and its body), last week's single mention does not.
     */
    @Test
    void mostRelevantFavoursRecentArticlesWithoutBuryingTheArchive() {
        Instant now = T0.plus(java.time.Duration.ofDays(400));
        try (ArticleIndex dated = ArticleIndex.inMemory(Clock.fixed(now, java.time.ZoneOffset.UTC))) {
            ferryAndQuarryStories(dated, now);
            List<String> ranked = ids(dated.search().search(relevant("ferry quarry"), true));
            assertEquals(List.of("last-week", "last-year"), ranked, "both words: the recent one first");
            assertEquals("in-depth", ids(dated.search().search(relevant("quarry"), true)).get(0), "a far better match a year old");
        }
    }

    /** A desk that turns freshness off (a floor of 1) gets plain text relevance: the better match first. */
    @Test
    void aDeskSetsHowMuchFreshnessCounts(@TempDir Path dir) {
        Instant now = T0.plus(java.time.Duration.ofDays(400));
        try (ArticleIndex plain = ArticleIndex.open(dir, "articles.published", Clock.fixed(now, java.time.ZoneOffset.UTC),
                new Freshness(java.time.Duration.ofDays(30), 1f))) {
            ferryAndQuarryStories(plain, now);
            assertEquals(List.of("last-year", "last-week"), ids(plain.search().search(relevant("ferry quarry"), true)),
                    "both words: the one that has one of them twice first");
        }
    }

    private static SearchRequest relevant(String words) {
        return new SearchRequest(words, null, null, null, null, null, SearchRequest.Order.RELEVANCE, 1, 10);
    }

    /**
     * The search clock stands a day after the newest article. The older article matches better (its word twice)
     * than last week's; one more matches far better (in its headline, its summary and its body).
     */
    private static void ferryAndQuarryStories(ArticleIndex index, Instant now) {
        index.apply("last-week", article("last-week").headline("Ferry report").summary("")
                .body("", "The quarry ferry figures were released with the minutes.")
                .firstPublished(now.minus(java.time.Duration.ofDays(7))).topics().entities().build(), null);
        index.apply("last-year", article("last-year").headline("Ferry report").summary("")
                .body("", "The quarry ferry figures were released, quarry by quarry.")
                .firstPublished(now.minus(java.time.Duration.ofDays(365))).topics().entities().build(), null);
        index.apply("in-depth", article("in-depth").headline("Quarry closes").summary("The quarry shuts.")
                .body("", "The quarry will close. Quarry workers left.")
                .firstPublished(now.minus(java.time.Duration.ofDays(380))).topics().entities().build(), null);
        index.refresh();
    }

    @Test
    void aRecordWithoutItsBodyKeepsEverythingElseAndRefusesToShowABody() {
        PublishedArticle whole = article("budget").headline("Council passes harbor budget").summary("The council voted.")
                .body("<p>The council <b>passed</b> it.</p>", "The council passed it.").entities().build();
        whole.getArticle().getContent().setRemovedBoilerplate(List.of("Subscribe now"));
        PublishedArticle without = ArticleFields.withoutBody(whole);
        assertEquals("", without.getArticle().getSubmission().getBody());
        assertEquals("", without.getArticle().getContent().getText());
        assertEquals("", without.getArticle().getContent().getHtml());
        assertEquals(List.of(), without.getArticle().getContent().getRemovedBoilerplate());
        assertEquals("The council passed it.", whole.getArticle().getContent().getText(), "the published record is not touched");
        without.getArticle().getSubmission().setBody(whole.getArticle().getSubmission().getBody());
        without.getArticle().getContent().setText(whole.getArticle().getContent().getText());
        without.getArticle().getContent().setHtml(whole.getArticle().getContent().getHtml());
        without.getArticle().getContent().setRemovedBoilerplate(whole.getArticle().getContent().getRemovedBoilerplate());
        assertEquals(whole, without, "nothing else left out");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> IndexedArticle.withoutBody(ArticleFields.withoutBody(whole), null).bodyHtml());
        assertTrue(refused.getMessage().contains("budget"), refused.getMessage());
    }

    @Test
    void retractedAndWithheldArticlesAreNeverFound() {
        assertEquals(List.of(), ids(search("scandal")));
        assertEquals(List.of(), ids(search("leak")));
        assertEquals(2, search("council").total());
        // What matches without a word still finds live articles only (removals and topic labels have no text).
        assertEquals(List.of("budget", "ferry", "trial"), ids(search("*")).stream().sorted().toList());
        assertEquals(List.of("budget", "trial"), ids(search("-ferry")).stream().sorted().toList());
    }

    @Test
    void theSimpleSyntaxWorksAndNothingAReaderTypesFails() {
        assertEquals(List.of("ferry"), ids(search("\"budget cut\"")), "a phrase");
        assertEquals(List.of("ferry"), ids(search("\"fewer crossings\"")), "a phrase in the summary");
        assertEquals(List.of(), ids(search("\"winter fewer\"")), "a phrase never runs from the headline into the summary");
        assertEquals(List.of("budget"), ids(search("council -ferry")), "a word excluded");
        assertEquals(List.of("trial", "ferry"), ids(index.search().search(new SearchRequest("ferry | jury", null, null, null,
                null, null, SearchRequest.Order.NEWEST, 1, 10), true)), "either word, newest first");
        for (String odd : List.of("\"unbalanced", "(((", ")", "-", "\"", "*", "harb*", "budgt~2", "\\", "a:b", "AND OR NOT",
                "[1 TO 5]", "title:council", "{}", "^3", "&&", "||", "!", "the", "   ", "😀", "<script>")) {
            search(odd);
        }
        assertEquals(List.of(), ids(search("harb*")), "prefix queries are off");
    }

    @Test
    void filtersNarrowTheSearchOrListWithoutWords() {
        SearchRequest byTopic = new SearchRequest("", "medtop:11000000", null, null, null, null, SearchRequest.Order.NEWEST, 1, 10);
        assertEquals(List.of("budget"), ids(index.search().search(byTopic, true)), "a broader topic finds the narrower one");
        SearchRequest byEntity = new SearchRequest("", null, EntityKey.parsePath("person/lena-ortiz").orElseThrow(), null, null,
                null, SearchRequest.Order.NEWEST, 1, 10);
        assertEquals(List.of("trial"), ids(index.search().search(byEntity, true)));
        SearchRequest bySource = new SearchRequest("harbor", null, null, "Ledger-CMS", null, null, SearchRequest.Order.NEWEST, 1, 10);
        assertEquals(List.of("ferry", "budget"), ids(index.search().search(bySource, true)), "newest first; sources fold case");
        SearchRequest otherSource = new SearchRequest("harbor", null, null, "wire", null, null, SearchRequest.Order.NEWEST, 1, 10);
        assertEquals(List.of(), ids(index.search().search(otherSource, true)));
        SearchRequest range = new SearchRequest("", null, null, null, T0.plusSeconds(1), T0.plusSeconds(7200),
                SearchRequest.Order.NEWEST, 1, 10);
        assertEquals(List.of("ferry"), ids(index.search().search(range, true)), "from inclusive, to exclusive");
    }

    @Test
    void pagesAreBoundedAndCounted() {
        SearchRequest second = new SearchRequest("council", null, null, null, null, null, SearchRequest.Order.NEWEST, 2, 1);
        SearchResults<IndexedArticle> results = index.search().search(second, true);
        assertEquals(List.of("budget"), ids(results));
        assertEquals(2, results.total());
        assertEquals(2, results.pages());
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x", null, null, null, null, null,
                SearchRequest.Order.NEWEST, SearchRequest.MAX_RESULTS, 2));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x".repeat(SearchRequest.MAX_TEXT_LENGTH + 1),
                null, null, null, null, null, SearchRequest.Order.NEWEST, 1, 10));
    }

    @Test
    void theSnippetIsTheMatchingPassageWithTheWordsMarkedElseTheSummary() {
        Snippet snippet = search("fishermen").hits().get(0).snippet();
        assertEquals("\u2026 Opponents said the dredging plan ignores the fishermen.", snippet.text());
        assertEquals(List.of("fishermen"), snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList());
        Snippet headlineOnly = search("winter").hits().get(0).snippet();
        assertEquals("Fewer crossings from December.", headlineOnly.text());
        assertTrue(headlineOnly.parts().stream().noneMatch(Snippet.Part::match));
    }

    @Test
    void everyResultGetsThePassageOfItsOwnBodyInEverySegment() {
        // Three segments, results from each; a third of the bodies lack one of the words (it is in their
        // headline), so the highlighter's postings skip those documents for that word.
        for (int i = 0; i < 45; i++) {
            if (i % 15 == 0) {
                index.refresh();
            }
            String passage = i % 3 == 0 ? "The lighthouse keeper of log " + i + " retired."
                    : "The lighthouse keeper wrote storm log " + i + " at dawn.";
            apply(article("log" + i).headline("Storm log " + i).body("", "Item " + i + " opens the file.\n\n" + passage)
                    .firstPublished(T0.plusSeconds(20_000 + i)).build());
        }
        index.refresh();
        int seen = 0;
        for (int page = 1; page <= 3; page++) {
            SearchRequest request = new SearchRequest("lighthouse storm", null, null, null, null, null,
                    SearchRequest.Order.NEWEST, page, 20);
            for (SearchResults.Hit<Teaser> hit : index.search().teasers(request).hits()) {
                int i = Integer.parseInt(hit.article().articleId().substring("log".length()));
                Snippet snippet = hit.snippet();
                assertTrue(snippet.text().contains("log " + i + " "), snippet.text() + " is not from article " + i);
                assertEquals(i % 3 == 0 ? List.of("lighthouse") : List.of("lighthouse", "storm"),
                        snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList(), "article " + i);
                seen++;
            }
        }
        assertEquals(45, seen);
    }

    @Test
    void theResultsPageGetsTeasersWithTheSameHitsSnippetsAndCountsAsTheApi() {
        for (String words : List.of("council", "fishermen", "winter", "harbor -dredging")) {
            SearchRequest request = new SearchRequest(words, null, null, null, null, null, SearchRequest.Order.RELEVANCE, 1, 10);
            SearchResults<IndexedArticle> articles = index.search().search(request, true);
            SearchResults<IndexedArticle> withoutBodies = index.search().search(request, false);
            SearchResults<Teaser> teasers = index.search().teasers(request);
            assertEquals(ids(articles), ids(withoutBodies), words);
            assertTrue(withoutBodies.hits().stream().allMatch(h -> !h.article().wholeRecord() && h.article().cleanBody() == null),
                    "the cleaned-body column is not read for items without bodies");
            for (int i = 0; i < articles.hits().size(); i++) {
                PublishedArticle whole = articles.hits().get(i).article().article();
                assertEquals(ArticleFields.withoutBody(whole), withoutBodies.hits().get(i).article().article(),
                        "read from its own column, the record as published but for its body");
            }
            assertEquals(ids(articles), teasers.hits().stream().map(h -> h.article().articleId()).toList(), words);
            assertEquals(articles.hits().stream().map(h -> h.snippet().text()).toList(),
                    teasers.hits().stream().map(h -> h.snippet().text()).toList(), words);
            assertEquals(articles.total(), teasers.total(), words);
            for (int i = 0; i < articles.hits().size(); i++) {
                IndexedArticle found = articles.hits().get(i).article();
                ArticleView view = new ArticleView(found.article());
                assertEquals(Teaser.of(view), teasers.hits().get(i).article());
                assertEquals(SafeBody.html(view.rawBodyHtml(), view.bodyText()), found.cleanBody(),
                        "the API's hits carry the body cleaned when indexed");
            }
        }
        assertTrue(index.search().teasers(new SearchRequest("fishermen", null, null, null, null, null,
                SearchRequest.Order.RELEVANCE, 1, 10)).hits().get(0).snippet().parts().stream().anyMatch(Snippet.Part::match),
                "the passage is cut from the body-text column");
    }

    @Test
    void theLongestSearchAllowedStaysWithinWhatAQueryMayHold() {
        // 150 one-letter words, each looked for in five fields: 750 clauses, under Lucene's 1,024.
        String longest = String.join(" ", java.util.Collections.nCopies(SearchRequest.MAX_TEXT_LENGTH / 2, "x"));
        assertEquals(0, search(longest).total());
    }

    @Test
    void aSearchSeesTheIndexAsOfItsLastRefresh() {
        Instant later = T0.plusSeconds(20_000);
        index.apply("new", article("new").headline("Lighthouse restored").firstPublished(later).build(), null);
        assertEquals(List.of(), ids(search("lighthouse")));
        index.refresh();
        assertEquals(List.of("new"), ids(search("lighthouse")));
    }

    @Test
    void beyondAThousandMatchesTheTotalIsALowerBound() {
        for (int i = 0; i < SearchRequest.MAX_RESULTS + 5; i++) {
            index.apply("l" + i, article("l" + i).headline("Lighthouse keeper's log " + i).topics().entities()
                    .body("", "Lighthouse.").firstPublished(T0.minusSeconds(i)).build(), null);
        }
        index.refresh();
        SearchResults<IndexedArticle> results = search("lighthouse");
        assertTrue(results.totalAtLeast(), "counting stops once a thousand are found");
        assertTrue(results.total() >= SearchRequest.MAX_RESULTS);
        assertEquals(SearchRequest.MAX_RESULTS / 10, results.pages(), "a thousand results, ten a page");
        assertEquals(false, search("fishermen").totalAtLeast());
        assertEquals(1, search("fishermen").total());
    }
}
