package io.newsdesk.publish.site;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {
    private static final Instant REMOVED_AT = Instant.parse("2025-03-15T09:00:00Z");
    private final ArticleIndex index = new ArticleIndex(Clock.fixed(REMOVED_AT, ZoneOffset.UTC));

    private static List<String> ids(List<PublishedArticle> articles) {
        return articles.stream().map(PublishedArticle::getArticleId).toList();
    }

    @Test
    void listsNewestFirstPublicationFirstAndAnUpdateKeepsItsPlace() {
        index.apply("a", article("a").firstPublished(T0).build(), null);
        index.apply("b", article("b").firstPublished(T0.plusSeconds(60)).build(), null);
        index.apply("c", article("c").firstPublished(T0.plusSeconds(120)).build(), null);
        index.apply("a", article("a").version(2).firstPublished(T0).published(T0.plusSeconds(600))
                .headline("Updated headline").build(), null);

        ArticleIndex.Slice slice = index.recent(0, 10);
        assertEquals(List.of("c", "b", "a"), ids(slice.items()));
        assertEquals(3, slice.total());
        assertEquals("Updated headline", slice.items().get(2).getArticle().getContent().getHeadline());
        assertEquals(List.of("b"), ids(index.recent(1, 1).items()));
        assertEquals(List.of(), index.recent(3, 5).items());
    }

    @Test
    void anOlderOrDuplicateVersionNeverReplacesANewerOne() {
        index.apply("a", article("a").version(3).headline("Version three").build(), null);
        index.apply("a", article("a").version(2).headline("Version two, late").build(), null);
        index.apply("a", article("a").version(3).headline("Version three, replayed with other content").build(), null);

        PublishedArticle shown = index.byId("a").orElseThrow();
        assertEquals(3, shown.getVersion());
        assertEquals("Version three", shown.getArticle().getContent().getHeadline());
        assertEquals(1, index.recent(0, 10).total());
    }

    @Test
    void findsBySlugAndKeepsAPrivateCopyOfTheRecord() {
        PublishedArticle record = article("a").slug("jury-convicts-courier-a1b2").build();
        index.apply("a", record, null);
        record.setSlug("mutated-after-apply");

        ArticleIndex.SlugLookup found = index.bySlug("jury-convicts-courier-a1b2");
        assertTrue(found.isLive());
        assertEquals("a", found.live().getArticleId());
        assertEquals("jury-convicts-courier-a1b2", found.live().getSlug());
        assertFalse(index.bySlug("mutated-after-apply").isLive());
    }

    @Test
    void retractionRemovesTheArticleFromEveryListingAndItsSlugAnswersRetracted() {
        index.apply("a", article("a").slug("slug-a").build(), null);
        index.apply("b", article("b").slug("slug-b").firstPublished(T0.plusSeconds(5)).build(), null);

        index.apply("a", null, "RETRACTED");

        assertEquals(List.of("b"), ids(index.recent(0, 10).items()));
        assertEquals(List.of("b"), ids(index.byTopic("medtop:20000096", 0, 10).items()));
        EntityKey ortiz = EntityKey.of(EntityType.PERSON, "Lena Ortiz").orElseThrow();
        assertEquals(List.of("b"), ids(index.byEntity(ortiz, 0, 10).items()));
        assertTrue(index.byId("a").isEmpty());
        ArticleIndex.SlugLookup lookup = index.bySlug("slug-a");
        assertFalse(lookup.isLive());
        assertTrue(lookup.isRetracted());
        ArticleIndex.Removal removal = index.removal("a").orElseThrow();
        assertEquals(ArticleIndex.RemovalReason.RETRACTED, removal.reason());
        assertEquals(REMOVED_AT, removal.at());
        assertEquals(1, removal.lastVersion());
    }

    @Test
    void withheldAndUnknownAreNotRetractedAndAWithheldArticleCanReturn() {
        index.apply("a", article("a").slug("slug-a").build(), null);
        index.apply("a", null, "WITHHELD");

        ArticleIndex.SlugLookup withheld = index.bySlug("slug-a");
        assertFalse(withheld.isLive());
        assertFalse(withheld.isRetracted());
        assertEquals(ArticleIndex.RemovalReason.WITHHELD, withheld.removal().reason());
        assertNull(index.bySlug("never-published").removal());

        index.apply("a", article("a").slug("slug-a").version(3).build(), null);
        assertTrue(index.bySlug("slug-a").isLive());
        assertTrue(index.removal("a").isEmpty());
        assertEquals(List.of("a"), ids(index.recent(0, 10).items()));
    }

    @Test
    void aTombstoneWithoutAReasonIsTreatedAsWithheldNotAsAKill() {
        index.apply("a", article("a").slug("slug-a").build(), null);
        index.apply("a", null, null);
        assertFalse(index.bySlug("slug-a").isRetracted());
        assertEquals(ArticleIndex.RemovalReason.WITHHELD, index.removal("a").orElseThrow().reason());
    }

    @Test
    void indexesTopicsWithTheirBroaderConceptsUnderEitherCodeForm() {
        index.apply("a", article("a").topics(TestArticles.drugTrafficking()).build(), null);
        index.apply("b", article("b").topics(TestArticles.elections()).firstPublished(T0.plusSeconds(1)).build(), null);

        assertEquals(List.of("a"), ids(index.byTopic("medtop:20000096", 0, 10).items()));
        assertEquals(List.of("a"), ids(index.byTopic("20000096", 0, 10).items()));
        assertEquals(List.of("a"), ids(index.byTopic("medtop:02000000", 0, 10).items()), "top-level concept");
        assertEquals(List.of("a"), ids(index.byTopic("20000082", 0, 10).items()), "intermediate concept");
        assertEquals(List.of("b"), ids(index.byTopic("medtop:11000000", 0, 10).items()));
        assertEquals("crime, law and justice", index.topicLabel("02000000").orElseThrow());
        assertEquals(0, index.byTopic("medtop:99999999", 0, 10).total());
        assertEquals(0, index.byTopic("<script>", 0, 10).total());
    }

    @Test
    void normalizesTopicCodes() {
        assertEquals("medtop:20000096", ArticleIndex.normalizeTopicCode("20000096").orElseThrow());
        assertEquals("medtop:20000096", ArticleIndex.normalizeTopicCode("MEDTOP:20000096").orElseThrow());
        assertEquals("medtop:20000096",
                ArticleIndex.normalizeTopicCode("http://cv.iptc.org/newscodes/mediatopic/20000096").orElseThrow());
        assertTrue(ArticleIndex.normalizeTopicCode("javascript:alert(1)").isEmpty());
        assertTrue(ArticleIndex.normalizeTopicCode("drugs").isEmpty());
    }

    @Test
    void normalizesTopicCodesExactlyAsTheQcodePatternDoes() {
        // The one-pass form must accept and reject exactly what the two patterns did.
        java.util.regex.Pattern bare = java.util.regex.Pattern.compile("\\d{8}");
        java.util.regex.Pattern qcode = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._-]+");
        java.util.function.Function<String, java.util.Optional<String>> reference = new java.util.function.Function<>() {
            @Override
            public java.util.Optional<String> apply(String code) {
                String c = code.strip();
                if (bare.matcher(c).matches()) {
                    return java.util.Optional.of("medtop:" + c);
                }
                if (c.startsWith("http://cv.iptc.org/newscodes/mediatopic/")) {
                    return apply(c.substring("http://cv.iptc.org/newscodes/mediatopic/".length()));
                }
                int colon = c.indexOf(':');
                if (colon > 0) {
                    c = c.substring(0, colon).toLowerCase(java.util.Locale.ROOT) + c.substring(colon);
                }
                return qcode.matcher(c).matches() ? java.util.Optional.of(c) : java.util.Optional.empty();
            }
        };
        for (String code : List.of("medtop:20000096", "20000096", " 02000000 ", "MedTop:20000096", "subj:15000000",
                "x-news:a.b_c-d", "a:b", "a1-:x", "1abc:x", "-a:x", "a_b:x", "a:b:c", "medtop:", ":x", "", " ",
                "2000009", "200000961", "２０００００９６", "ｍedtop:1", "\u212Aeyword:x", "K\u0130:x", "medtop:2000 0096",
                "http://cv.iptc.org/newscodes/mediatopic/", "http://cv.iptc.org/newscodes/mediatopic/MEDTOP:1",
                "javascript:alert(1)", "medtop:ünï", "drugs", "<script>:x", "a:b\u00e9")) {
            assertEquals(reference.apply(code), ArticleIndex.normalizeTopicCode(code), "code '" + code + "'");
        }
        assertTrue(ArticleIndex.normalizeTopicCode(null).isEmpty());
    }

    @Test
    void anUpdateRefilesTheArticleUnderItsNewTopicsAndEntitiesAndARemovalUnderNone() {
        index.apply("a", article("a").topics(TestArticles.drugTrafficking())
                .entities(TestArticles.entity(EntityType.PERSON, "Lena Ortiz", null, List.of())).build(), null);
        index.apply("a", article("a").version(2).topics(TestArticles.elections())
                .entities(TestArticles.entity(EntityType.PERSON, "Mara Quinn", null, List.of())).build(), null);
        EntityKey ortiz = EntityKey.of(EntityType.PERSON, "Lena Ortiz").orElseThrow();
        EntityKey quinn = EntityKey.of(EntityType.PERSON, "Mara Quinn").orElseThrow();
        assertEquals(0, index.byTopic("medtop:20000096", 0, 10).total());
        assertEquals(0, index.byTopic("medtop:02000000", 0, 10).total(), "broader concepts are left too");
        assertEquals(List.of("a"), ids(index.byTopic("medtop:11000000", 0, 10).items()));
        assertEquals(0, index.byEntity(ortiz, 0, 10).total());
        assertEquals(List.of("a"), ids(index.byEntity(quinn, 0, 10).items()));

        index.apply("a", null, "WITHHELD");
        assertEquals(0, index.byTopic("medtop:11000000", 0, 10).total());
        assertEquals(0, index.byEntity(quinn, 0, 10).total());
        assertEquals(0, index.recent(0, 10).total());
        assertEquals("crime, law and justice", index.topicLabel("02000000").orElseThrow(),
                "labels of topics articles were filed under stay known");
    }

    @Test
    void aRecordHandedOverByTheFeedIsKeptWithoutACopy() {
        PublishedArticle record = article("a").slug("jury-convicts-courier-a1b2").build();
        index.applyHandedOver("a", record, null);
        assertTrue(index.byId("a").orElseThrow() == record, "the feed decoded it for the index alone");
        assertEquals("a", index.bySlug("jury-convicts-courier-a1b2").live().getArticleId());
        index.applyHandedOver("a", null, "RETRACTED");
        assertTrue(index.bySlug("jury-convicts-courier-a1b2").isRetracted());
        assertEquals(REMOVED_AT, index.removal("a").orElseThrow().at(), "a handed-over tombstone is dated by the clock");
    }

    @Test
    void indexesEntitiesByTypeAndFoldedName() {
        index.apply("a", article("a").build(), null);
        EntityKey key = EntityKey.of(EntityType.PLACE, "OHIO").orElseThrow();
        assertEquals("ohio", key.key());
        assertEquals(List.of("a"), ids(index.byEntity(key, 0, 10).items()));
        assertEquals("Ohio", index.entityName(key).orElseThrow());
        assertEquals("harlow-county-sheriffs-office",
                EntityKey.of(EntityType.ORGANIZATION, "Harlow County Sheriff's Office").orElseThrow().key());
        assertEquals("sao-paulo", EntityKey.of(EntityType.PLACE, "São Paulo").orElseThrow().key());
        assertTrue(EntityKey.of(EntityType.PERSON, "<>!").isEmpty());
        assertTrue(index.byEntity(EntityKey.of(EntityType.PERSON, "Ohio").orElseThrow(), 0, 10).items().isEmpty(),
                "the type is part of the key");
    }

    @Test
    void selectsArticlesFirstPublishedInAHalfOpenRangeOldestFirst() {
        index.apply("before", article("before").firstPublished(T0.minusMillis(1)).build(), null);
        index.apply("start", article("start").firstPublished(T0).build(), null);
        index.apply("middle", article("middle").firstPublished(T0.plusSeconds(30)).build(), null);
        index.apply("end", article("end").firstPublished(T0.plusSeconds(60)).build(), null);

        assertEquals(List.of("start", "middle"), ids(index.firstPublishedBetween(T0, T0.plusSeconds(60))));
        assertEquals(List.of(), index.firstPublishedBetween(T0.plusSeconds(60), T0));
    }

    @Test
    void changeFeedListsEachArticleOnceInItsLatestStateWithATieBreakingCursor() {
        index.apply("a", article("a").published(T0).build(), null);
        index.apply("b", article("b").published(T0).build(), null);
        index.apply("c", article("c").published(T0.plusSeconds(10)).build(), null);
        index.apply("a", article("a").version(2).published(T0.plusSeconds(20)).build(), null);
        index.apply("b", null, "RETRACTED", T0.plusSeconds(30));

        List<ArticleIndex.Change> all = index.changesAfter(Instant.EPOCH, null, 10);
        assertEquals(List.of("c", "a", "b"), all.stream().map(ArticleIndex.Change::articleId).toList());
        assertEquals(2, all.get(1).article().getVersion());
        assertNull(all.get(2).article());
        assertEquals(T0.plusSeconds(30), all.get(2).removal().at());

        List<ArticleIndex.Change> first = index.changesAfter(Instant.EPOCH, null, 1);
        assertEquals("c", first.get(0).articleId());
        List<ArticleIndex.Change> rest = index.changesAfter(first.get(0).at(), first.get(0).articleId(), 10);
        assertEquals(List.of("a", "b"), rest.stream().map(ArticleIndex.Change::articleId).toList());
        assertEquals(List.of(), index.changesAfter(T0.plusSeconds(30), "b", 10));
    }

    @Test
    void changesAtTheSameInstantAreSplitAcrossPagesWithoutLoss() {
        for (String id : List.of("a", "b", "c")) {
            index.apply(id, article(id).published(T0).build(), null);
        }
        List<ArticleIndex.Change> page1 = index.changesAfter(Instant.EPOCH, null, 2);
        assertEquals(List.of("a", "b"), page1.stream().map(ArticleIndex.Change::articleId).toList());
        List<ArticleIndex.Change> page2 = index.changesAfter(T0, "b", 2);
        assertEquals(List.of("c"), page2.stream().map(ArticleIndex.Change::articleId).toList());
    }

    @Test
    void refusesAValueWhoseIdDoesNotMatchItsKey() {
        assertThrows(IllegalArgumentException.class, () -> index.apply("other", article("a").build(), null));
        assertThrows(IllegalArgumentException.class, () -> index.apply(" ", null, "RETRACTED"));
    }

    @Test
    void readersSeeAConsistentIndexWhileTheFeedThreadWrites() throws Exception {
        int articles = 200;
        int versions = 10;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int v = 1; v <= versions; v++) {
                        for (int i = 0; i < articles; i++) {
                            String id = "id-" + i;
                            if (v == versions && i % 2 == 0) {
                                index.apply(id, null, "RETRACTED");
                            } else {
                                index.apply(id, article(id).version(v).firstPublished(T0.plusSeconds(i))
                                        .published(T0.plusSeconds(1000L * v)).build(), null);
                            }
                        }
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int checks = 0;
                    while (writing.get() || checks == 0) {
                        ArticleIndex.Slice slice = index.recent(0, 50);
                        Instant previous = Instant.MAX;
                        for (PublishedArticle a : slice.items()) {
                            if (a == null) {
                                throw new AssertionError("a listed article was missing by id");
                            }
                            if (a.getFirstPublishedAt().isAfter(previous)) {
                                throw new AssertionError("listing out of order");
                            }
                            previous = a.getFirstPublishedAt();
                            ArticleIndex.SlugLookup bySlug = index.bySlug(a.getSlug());
                            if (bySlug.isLive() && !bySlug.live().getArticleId().equals(a.getArticleId())) {
                                throw new AssertionError("slug points at another article");
                            }
                        }
                        for (PublishedArticle a : index.byTopic("02000000", 0, 50).items()) {
                            if (a == null) {
                                throw new AssertionError("a topic listing held a removed article");
                            }
                        }
                        checks++;
                    }
                    return checks;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(articles / 2, index.size());
        assertEquals(versions, index.byId("id-1").orElseThrow().getVersion());
        assertTrue(index.byId("id-0").isEmpty());
        assertTrue(index.bySlug("pill-press-verdict-id-0").isRetracted());
    }
}
