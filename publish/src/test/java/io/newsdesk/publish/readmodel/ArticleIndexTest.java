package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.TestArticles;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {
    private static final Instant REMOVED_AT = Instant.parse("2025-03-15T09:00:00Z");
    private final ArticleIndex index = ArticleIndex.inMemory(Clock.fixed(REMOVED_AT, ZoneOffset.UTC));
    private final ArticleQueries queries = index.queries();

    @AfterEach
    void close() {
        index.close();
    }

    private void apply(String id, PublishedArticle value, String reason) {
        index.apply(id, value, reason);
        index.refresh();
    }

    /** The ids of articles, or of the teasers of a listing. */
    private static List<String> ids(List<?> items) {
        return items.stream().map(i -> i instanceof Teaser t ? t.articleId() : ((PublishedArticle) i).getArticleId()).toList();
    }

    private static PageRequest first(int size) {
        return PageRequest.first(size);
    }

    @Test
    void listsNewestFirstPublicationFirstAndAnUpdateKeepsItsPlace() {
        apply("a", article("a").firstPublished(T0).build(), null);
        apply("b", article("b").firstPublished(T0.plusSeconds(60)).build(), null);
        apply("c", article("c").firstPublished(T0.plusSeconds(120)).build(), null);
        apply("a", article("a").version(2).firstPublished(T0).published(T0.plusSeconds(600))
                .headline("Updated headline").build(), null);

        Slice slice = queries.recent(first(10));
        assertEquals(List.of("c", "b", "a"), ids(slice.items()));
        assertEquals(3, slice.total());
        assertEquals("Updated headline", slice.items().get(2).headline());
        assertEquals(T0.plusSeconds(600), slice.items().get(2).publishedAt(), "a teaser knows when its article last changed");
        assertEquals(List.of("b"), ids(queries.recent(PageRequest.numbered(2, 1)).items()));
        assertEquals(List.of(), queries.recent(PageRequest.numbered(2, 3)).items());
        assertEquals(3, queries.size());
    }

    /** Ids in the order listings put articles of one instant: by their tie-break number. */
    private static List<String> tieOrder(String... ids) {
        return java.util.Arrays.stream(ids).sorted(java.util.Comparator.comparingLong(ArticleFields::tiebreak)).toList();
    }

    @Test
    void pagesFollowCursorsBothWaysAndTiesAreBrokenByANumberFromTheId() {
        for (String id : List.of("e", "d", "c", "b", "a")) {
            apply(id, article(id).firstPublished(T0).build(), null);
        }
        apply("new", article("new").firstPublished(T0.plusSeconds(1)).build(), null);
        List<String> ties = tieOrder("a", "b", "c", "d", "e");

        Slice page1 = queries.recent(first(2));
        assertEquals(List.of("new", ties.get(0)), ids(page1.items()));
        Slice page2 = queries.recent(new PageRequest(2, 2, page1.last(), null));
        assertEquals(ties.subList(1, 3), ids(page2.items()), "ties at one instant: none skipped or repeated");
        Slice page3 = queries.recent(new PageRequest(3, 2, page2.last(), null));
        assertEquals(ties.subList(3, 5), ids(page3.items()));
        assertEquals(6, page3.total());
        assertEquals(List.of(), queries.recent(new PageRequest(4, 2, page3.last(), null)).items());

        assertEquals(ties.subList(1, 3), ids(queries.recent(new PageRequest(2, 2, null, page3.first())).items()),
                "the newer page, before the first article of page 3");
        assertEquals(List.of("new", ties.get(0)), ids(queries.recent(new PageRequest(1, 2, null, page2.first())).items()));
        assertEquals(page2.last(), Cursor.parse(page2.last().token()).orElseThrow(), "a cursor survives its link");
        assertEquals(Cursor.of(T0, ties.get(4)), page3.last());
    }

    @Test
    void aPageNumberAloneIsCountedOnlyToTheBound() {
        apply("a", article("a").build(), null);
        PageRequest deep = PageRequest.numbered(PageRequest.MAX_COUNTED_OFFSET / 20 + 2, 20);
        assertFalse(deep.reachable());
        assertEquals(List.of(), queries.recent(deep).items());
        assertEquals(1, queries.recent(deep).total(), "the total is still counted");
        assertTrue(PageRequest.numbered(PageRequest.MAX_COUNTED_OFFSET / 20 + 1, 20).reachable());
    }

    @Test
    void anOlderOrDuplicateVersionNeverReplacesANewerOneEvenBeforeARefresh() {
        index.apply("a", article("a").version(3).headline("Version three").build(), null);
        index.apply("a", article("a").version(2).headline("Version two, late").build(), null);
        index.refresh();
        apply("a", article("a").version(3).headline("Version three, replayed with other content").build(), null);

        PublishedArticle shown = queries.byId("a").orElseThrow();
        assertEquals(3, shown.getVersion());
        assertEquals("Version three", shown.getArticle().getContent().getHeadline());
        assertEquals(1, queries.recent(first(10)).total());
    }

    @Test
    void writesAreInvisibleUntilARefresh() {
        index.apply("a", article("a").build(), null);
        assertTrue(queries.byId("a").isEmpty());
        index.refresh();
        assertEquals("a", queries.byId("a").orElseThrow().getArticleId());
    }

    @Test
    void findsBySlug() {
        apply("a", article("a").slug("jury-convicts-courier-a1b2").build(), null);
        SlugLookup found = queries.bySlug("jury-convicts-courier-a1b2");
        assertTrue(found.isLive());
        assertEquals("a", found.live().article().getArticleId());
        assertEquals("jury-convicts-courier-a1b2", found.live().article().getSlug());
        assertFalse(queries.bySlug("another-slug").isLive());
        assertNull(queries.bySlug("another-slug").removal());
    }

    @Test
    void anArticleBySlugComesWithItsBodyCleanedWhenItWasIndexed() {
        String hostile = "<p>Harbor <b>budget</b><script>alert(1)</script> <a href=\"javascript:x()\">vote</a></p>";
        PublishedArticle published = article("a").slug("harbor-budget-a1").body(hostile, "Harbor budget vote").build();
        apply("a", published, null);
        apply("b", article("b").slug("plain-text-b2").body("", "Plain & simple").build(), null);
        SlugLookup found = queries.bySlug("harbor-budget-a1");
        assertEquals(SafeBody.clean(hostile, ""), found.live().cleanBody(), "kept in the index as the site would clean it");
        assertEquals("<p>Harbor <b>budget</b> <a rel=\"nofollow noopener noreferrer\">vote</a></p>", found.live().bodyHtml());
        assertEquals("<p>Plain &amp; simple</p>", queries.bySlug("plain-text-b2").live().bodyHtml(), "no HTML: from the text");
        assertFalse(found.live().wholeRecord(), "the page's record is read without its body, which it never shows");
        assertEquals(ArticleFields.withoutBody(published), found.live().article());
        IndexedArticle notKept = new IndexedArticle(published, null);
        assertEquals(found.live().bodyHtml(), notKept.bodyHtml(), "a whole record without the column is cleaned when read");
    }

    @Test
    void pagesByCursorListLiveArticlesOnlyInEveryListing() {
        for (int i = 0; i < 6; i++) {
            apply("a" + i, article("a" + i).firstPublished(T0.plusSeconds(i)).build(), null);
        }
        apply("a3", null, "RETRACTED");
        apply("a2", null, "WITHHELD");
        EntityKey ortiz = EntityKey.of(EntityType.PERSON, "Lena Ortiz").orElseThrow();
        List<java.util.function.Function<PageRequest, Slice>> listings = List.of(queries::recent,
                p -> queries.byTopic("medtop:20000096", p), p -> queries.byEntity(ortiz, p));
        for (var listing : listings) {
            Slice page1 = listing.apply(first(2));
            assertEquals(List.of("a5", "a4"), ids(page1.items()));
            Slice page2 = listing.apply(new PageRequest(2, 2, page1.last(), null));
            assertEquals(List.of("a1", "a0"), ids(page2.items()), "removed articles are not in the range after a cursor");
            assertEquals(List.of("a5", "a4"), ids(listing.apply(new PageRequest(1, 2, null, page2.first())).items()),
                    "nor before one");
            assertEquals(4, page2.total());
        }
    }

    @Test
    void retractionRemovesTheArticleFromEveryListingAndItsSlugAnswersRetracted() {
        apply("a", article("a").slug("slug-a").build(), null);
        apply("b", article("b").slug("slug-b").firstPublished(T0.plusSeconds(5)).build(), null);

        apply("a", null, "RETRACTED");

        assertEquals(List.of("b"), ids(queries.recent(first(10)).items()));
        assertEquals(List.of("b"), ids(queries.byTopic("medtop:20000096", first(10)).items()));
        EntityKey ortiz = EntityKey.of(EntityType.PERSON, "Lena Ortiz").orElseThrow();
        assertEquals(List.of("b"), ids(queries.byEntity(ortiz, first(10)).items()));
        assertTrue(queries.byId("a").isEmpty());
        SlugLookup lookup = queries.bySlug("slug-a");
        assertFalse(lookup.isLive());
        assertTrue(lookup.isRetracted());
        Removal removal = queries.removal("a").orElseThrow();
        assertEquals(Removal.Reason.RETRACTED, removal.reason());
        assertEquals(REMOVED_AT, removal.at(), "a tombstone without a timestamp is dated by the clock");
        assertEquals(1, removal.lastVersion());
        assertEquals("slug-a", removal.slug());
        assertEquals(1, queries.size());
    }

    @Test
    void aTombstoneForAnArticleNeverSeenLiveKeepsTheSlugFromItsHeader() {
        Instant at = Instant.parse("2025-03-15T10:00:00Z");
        index.apply("gone", null, null, "RETRACTED", "old-slug", at);
        index.refresh();

        assertTrue(queries.bySlug("old-slug").isRetracted(), "410 at the address, although the value was compacted away");
        assertEquals(at, queries.removal("gone").orElseThrow().at(), "dated by the record, not by the clock");
        assertEquals(0, queries.removal("gone").orElseThrow().lastVersion());
    }

    @Test
    void withheldAndUnknownAreNotRetractedAndAWithheldArticleCanReturn() {
        apply("a", article("a").slug("slug-a").build(), null);
        apply("a", null, "WITHHELD");

        SlugLookup withheld = queries.bySlug("slug-a");
        assertFalse(withheld.isLive());
        assertFalse(withheld.isRetracted());
        assertEquals(Removal.Reason.WITHHELD, withheld.removal().reason());
        assertNull(queries.bySlug("never-published").removal());

        apply("a", article("a").slug("slug-a").version(3).build(), null);
        assertTrue(queries.bySlug("slug-a").isLive());
        assertTrue(queries.removal("a").isEmpty());
        assertEquals(List.of("a"), ids(queries.recent(first(10)).items()));
    }

    @Test
    void aSlugTakenByAnotherLiveArticleAnswersLive() {
        apply("a", article("a").slug("shared").build(), null);
        apply("a", null, "RETRACTED");
        apply("b", article("b").slug("shared").build(), null);
        assertEquals("b", queries.bySlug("shared").live().article().getArticleId());
    }

    @Test
    void aTombstoneWithoutAReasonIsTreatedAsWithheldNotAsAKill() {
        apply("a", article("a").slug("slug-a").build(), null);
        apply("a", null, null);
        assertFalse(queries.bySlug("slug-a").isRetracted());
        assertEquals(Removal.Reason.WITHHELD, queries.removal("a").orElseThrow().reason());
    }

    @Test
    void indexesTopicsWithTheirBroaderConceptsUnderEitherCodeForm() {
        apply("a", article("a").topics(TestArticles.drugTrafficking()).build(), null);
        apply("b", article("b").topics(TestArticles.elections()).firstPublished(T0.plusSeconds(1)).build(), null);

        assertEquals(List.of("a"), ids(queries.byTopic("medtop:20000096", first(10)).items()));
        assertEquals(List.of("a"), ids(queries.byTopic("20000096", first(10)).items()));
        assertEquals(List.of("a"), ids(queries.byTopic("medtop:02000000", first(10)).items()), "top-level concept");
        assertEquals(List.of("a"), ids(queries.byTopic("20000082", first(10)).items()), "intermediate concept");
        assertEquals(List.of("b"), ids(queries.byTopic("medtop:11000000", first(10)).items()));
        assertEquals("crime, law and justice", queries.topicLabel("02000000").orElseThrow());
        assertEquals(0, queries.byTopic("medtop:99999999", first(10)).total());
        assertEquals(0, queries.byTopic("<script>", first(10)).total());
    }

    @Test
    void anUpdateRefilesTheArticleUnderItsNewTopicsAndEntitiesAndARemovalUnderNone() {
        apply("a", article("a").topics(TestArticles.drugTrafficking())
                .entities(TestArticles.entity(EntityType.PERSON, "Lena Ortiz", null, List.of())).build(), null);
        apply("a", article("a").version(2).topics(TestArticles.elections())
                .entities(TestArticles.entity(EntityType.PERSON, "Mara Quinn", null, List.of())).build(), null);
        EntityKey ortiz = EntityKey.of(EntityType.PERSON, "Lena Ortiz").orElseThrow();
        EntityKey quinn = EntityKey.of(EntityType.PERSON, "Mara Quinn").orElseThrow();
        assertEquals(0, queries.byTopic("medtop:20000096", first(10)).total());
        assertEquals(0, queries.byTopic("medtop:02000000", first(10)).total(), "broader concepts are left too");
        assertEquals(List.of("a"), ids(queries.byTopic("medtop:11000000", first(10)).items()));
        assertEquals(0, queries.byEntity(ortiz, first(10)).total());
        assertEquals(List.of("a"), ids(queries.byEntity(quinn, first(10)).items()));

        apply("a", null, "WITHHELD");
        assertEquals(0, queries.byTopic("medtop:11000000", first(10)).total());
        assertEquals(0, queries.byEntity(quinn, first(10)).total());
        assertEquals(0, queries.recent(first(10)).total());
        assertEquals("crime, law and justice", queries.topicLabel("02000000").orElseThrow(),
                "labels of topics articles were filed under stay known");
    }

    @Test
    void indexesEntitiesByTypeAndFoldedName() {
        apply("a", article("a").build(), null);
        EntityKey key = EntityKey.of(EntityType.PLACE, "OHIO").orElseThrow();
        assertEquals(List.of("a"), ids(queries.byEntity(key, first(10)).items()));
        assertEquals("Ohio", key.nameIn(queries.byId("a").orElseThrow()).orElseThrow());
        assertTrue(queries.byEntity(EntityKey.of(EntityType.PERSON, "Ohio").orElseThrow(), first(10)).items().isEmpty(),
                "the type is part of the key");
    }

    @Test
    void selectsArticlesFirstPublishedInAHalfOpenRangeEitherWayRound() {
        apply("before", article("before").firstPublished(T0.minusMillis(1)).build(), null);
        apply("start", article("start").firstPublished(T0).build(), null);
        apply("middle", article("middle").firstPublished(T0.plusSeconds(30)).build(), null);
        apply("end", article("end").firstPublished(T0.plusSeconds(60)).build(), null);

        assertEquals(List.of("start", "middle"), ids(queries.firstPublishedBetween(T0, T0.plusSeconds(60), 10, false)));
        assertEquals(List.of("middle", "start"), ids(queries.firstPublishedBetween(T0, T0.plusSeconds(60), 10, true)));
        assertEquals(List.of("start"), ids(queries.firstPublishedBetween(T0, T0.plusSeconds(60), 1, false)), "bounded");
        assertEquals(List.of(), queries.firstPublishedBetween(T0.plusSeconds(60), T0, 10, false));
    }

    @Test
    void changeListHasEachArticleOnceInItsLatestStateWithATieBreakingCursor() {
        apply("a", article("a").published(T0).build(), null);
        apply("b", article("b").published(T0).build(), null);
        apply("c", article("c").published(T0.plusSeconds(10)).build(), null);
        apply("a", article("a").version(2).published(T0.plusSeconds(20)).build(), null);
        index.apply("b", null, "RETRACTED", T0.plusSeconds(30));
        index.refresh();

        List<Change> all = queries.changesAfter(Instant.EPOCH, null, 10);
        assertEquals(List.of("c", "a", "b"), all.stream().map(Change::articleId).toList());
        assertEquals(2, all.get(1).article().article().getVersion());
        ArticleView latest = new ArticleView(all.get(1).article().article());
        assertEquals(SafeBody.html(latest.rawBodyHtml(), latest.bodyText()), all.get(1).article().cleanBody(),
                "with the body cleaned when indexed");
        assertNull(all.get(2).article());
        assertEquals(T0.plusSeconds(30), all.get(2).removal().at());

        List<Change> firstOne = queries.changesAfter(Instant.EPOCH, null, 1);
        assertEquals("c", firstOne.get(0).articleId());
        List<Change> rest = queries.changesAfter(firstOne.get(0).at(), firstOne.get(0).articleId(), 10);
        assertEquals(List.of("a", "b"), rest.stream().map(Change::articleId).toList());
        assertEquals(List.of(), queries.changesAfter(T0.plusSeconds(30), "b", 10));
        assertEquals(List.of("b"), queries.changesAfter(T0.plusSeconds(29).plusNanos(500_000_000), null, 10).stream()
                .map(Change::articleId).toList(), "a cursor between milliseconds");
    }

    @Test
    void changesAtTheSameInstantAreSplitAcrossPagesWithoutLoss() {
        for (String id : List.of("a", "b", "c")) {
            apply(id, article(id).published(T0).build(), null);
        }
        List<String> ties = tieOrder("a", "b", "c");
        List<Change> page1 = queries.changesAfter(Instant.EPOCH, null, 2);
        assertEquals(ties.subList(0, 2), page1.stream().map(Change::articleId).toList());
        List<Change> page2 = queries.changesAfter(T0, page1.get(1).articleId(), 2);
        assertEquals(ties.subList(2, 3), page2.stream().map(Change::articleId).toList());
        assertEquals(List.of(), queries.changesAfter(T0, ties.get(2), 2));
        assertEquals(List.of(), queries.changesAfter(Instant.parse("+1000000000-01-01T00:00:00Z"), null, 2), "beyond milliseconds");
    }

    @Test
    void refusesAValueWhoseIdDoesNotMatchItsKey() {
        assertThrows(IllegalArgumentException.class, () -> index.apply("other", article("a").build(), null));
        assertThrows(IllegalArgumentException.class, () -> index.apply(" ", null, "RETRACTED"));
    }
}
