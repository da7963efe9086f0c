package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.CRIME;
import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PubStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishRulesTest {
    private static final Instant T1 = Instant.parse("2025-03-04T15:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);
    private final PublishRules rules = new PublishRules(Routes.parse("crime=topic:" + CRIME + ",courts=section:courts"));

    private LiveArticle publishedV1() {
        return rules.decide(null, article("a1").courtStory().slug("court-a1").build(), T1).live();
    }

    @Test
    void usableVersionOfANewArticlePublishesWithPublishedEventAndRoutes() {
        Decision d = rules.decide(null, article("a1").courtStory().slug("court-a1").build(), T1);
        assertEquals(Decision.Action.PUBLISH, d.action());
        assertEquals("a1", d.published().getArticleId());
        assertEquals(1, d.published().getVersion());
        assertEquals("court-a1", d.published().getSlug());
        assertEquals(T1, d.published().getFirstPublishedAt());
        assertEquals(T1, d.published().getPublishedAt());
        assertEquals(EventType.PUBLISHED, d.event().getType());
        assertEquals(List.of("crime", "courts"), d.slices());
        assertEquals(new LiveArticle(LiveArticle.State.PUBLISHED, "court-a1", T1, List.of(),
                "Appeals court orders new hearing in Millbrook zoning fraud case", List.of("crime", "courts")), d.live());
        assertTrue(d.dropHold(), "publishing supersedes anything held for the article");
    }

    @Test
    void updateKeepsSlugAndFirstPublicationTimeAndIsAnUpdatedEvent() {
        Decision d = rules.decide(publishedV1(), article("a1").version(2).courtStory()
                .headline("Appeals court orders new hearing; township to appeal").slug("appeals-court-new-slug-a1").build(), T2);
        assertEquals(EventType.UPDATED, d.event().getType());
        assertEquals("court-a1", d.published().getSlug());
        assertEquals("court-a1", d.published().getArticle().getSlug(), "the record's article carries the kept slug too");
        assertEquals(T1, d.published().getFirstPublishedAt());
        assertEquals(T2, d.published().getPublishedAt());
        assertEquals("Appeals court orders new hearing; township to appeal", d.event().getHeadline());
    }

    @Test
    void versionWithCorrectionNoteAppendsACorrectionAndIsACorrectedEvent() {
        Decision d = rules.decide(publishedV1(), article("a1").version(2).courtStory()
                .correction("The hearing is on May 3, not May 13.").build(), T2);
        assertEquals(EventType.CORRECTED, d.event().getType());
        assertEquals("The hearing is on May 3, not May 13.", d.event().getCorrectionNote());
        assertEquals(1, d.published().getCorrections().size());
        assertEquals(2, d.published().getCorrections().get(0).getVersion());
    }

    @Test
    void withheldUnpublishesAPublishedArticleButRemembersItsRecord() {
        LiveArticle v1 = publishedV1();
        Decision d = rules.decide(v1, article("a1").version(2).status(PubStatus.WITHHELD).build(), T2);
        assertEquals(Decision.Action.UNPUBLISH, d.action());
        assertEquals(TombstoneReason.WITHHELD, d.tombstone());
        assertEquals(EventType.WITHHELD, d.event().getType());
        assertEquals(2, d.event().getVersion());
        assertEquals("court-a1", d.event().getSlug());
        assertEquals(List.of("crime", "courts"), d.slices(), "the tombstone goes to every slice it was routed to");
        assertEquals(LiveArticle.State.WITHHELD, d.live().state());
        assertEquals(v1.in(LiveArticle.State.WITHHELD), d.live(), "slug, first publication, headline and history kept");
    }

    @Test
    void republicationAfterWithholdingIsPublishedUnderTheOriginalSlug() {
        LiveArticle withheld = rules.decide(publishedV1(), article("a1").version(2).status(PubStatus.WITHHELD).build(), T2)
                .live();
        Decision d = rules.decide(withheld, article("a1").version(3).courtStory().slug("other-a1").build(), T2.plusSeconds(60));
        assertEquals(EventType.PUBLISHED, d.event().getType());
        assertEquals("court-a1", d.published().getSlug());
        assertEquals(T1, d.published().getFirstPublishedAt());
        assertEquals(List.of(), d.leftSlices(), "the withholding already tombstoned its slices");
    }

    @Test
    void canceledRetractsAPublishedArticle() {
        Decision d = rules.decide(publishedV1(), article("a1").version(2).status(PubStatus.CANCELED).build(), T2);
        assertEquals(Decision.Action.UNPUBLISH, d.action());
        assertEquals(TombstoneReason.RETRACTED, d.tombstone());
        assertEquals(EventType.RETRACTED, d.event().getType());
        assertEquals("a1:v2:RETRACTED", d.event().getEventId());
        assertEquals("Appeals court orders new hearing in Millbrook zoning fraud case", d.event().getHeadline(),
                "the event names the article by the headline readers saw");
        assertEquals(LiveArticle.State.RETRACTED, d.live().state());
    }

    @Test
    void canceledAfterWithheldStillRetractsSoThePageAnswersGone() {
        LiveArticle withheld = rules.decide(publishedV1(), article("a1").version(2).status(PubStatus.WITHHELD).build(), T2)
                .live();
        Decision d = rules.decide(withheld, article("a1").version(3).status(PubStatus.CANCELED).build(), T2);
        assertEquals(TombstoneReason.RETRACTED, d.tombstone());
        assertEquals(List.of("crime", "courts"), d.slices());
    }

    @Test
    void withholdingOrRetractingWhatWasNeverPublishedOutputsNothingButDropsAHeldEmbargo() {
        Decision withheld = rules.decide(null, article("a1").status(PubStatus.WITHHELD).build(), T1);
        assertEquals(Decision.Action.NOTHING, withheld.action());
        assertNull(withheld.event());
        assertTrue(withheld.dropHold());
        Decision canceled = rules.decide(null, article("a1").status(PubStatus.CANCELED).build(), T1);
        assertEquals(Decision.Action.NOTHING, canceled.action());
        assertTrue(canceled.dropHold());
    }

    @Test
    void retractingTwiceOutputsNothingTheSecondTime() {
        LiveArticle retracted = rules.decide(publishedV1(), article("a1").version(2).status(PubStatus.CANCELED).build(), T2)
                .live();
        Decision again = rules.decide(retracted, article("a1").version(3).status(PubStatus.CANCELED).build(), T2);
        assertEquals(Decision.Action.NOTHING, again.action());
    }

    @Test
    void usableVersionWithFutureEmbargoIsHeldAndChangesNothingElse() {
        Decision d = rules.decide(publishedV1(), article("a1").version(2).embargoedUntil(T2).build(), T1);
        assertEquals(Decision.Action.HOLD, d.action());
        assertNull(d.published());
        assertNull(d.event());
        assertNull(d.live(), "the published version stays live while the update is held");
        assertFalse(d.dropHold());
    }

    @Test
    void heldVersionWhoseEmbargoEndedPublishes() {
        Decision d = rules.decide(null, article("a1").embargoedUntil(T2).build(), T2);
        assertEquals(Decision.Action.PUBLISH, d.action());
        assertEquals(T2, d.published().getPublishedAt());
    }

    @Test
    void updateThatLeavesASliceTombstonesItThere() {
        Decision d = rules.decide(publishedV1(), article("a1").version(2).topic(CRIME).section("metro").build(), T2);
        assertEquals(List.of("crime"), d.slices());
        assertEquals(List.of("courts"), d.leftSlices());
        assertEquals(List.of("crime"), d.live().slices());
    }

    @Test
    void publishingLeavesTheIncomingVersionAsItWasAndCarriesEveryOtherFieldIntoTheRecord() {
        EnrichedArticle incoming = article("a1").version(2).courtStory().slug("appeals-court-new-slug-a1").build();
        EnrichedArticle before = EnrichedArticle.newBuilder(incoming).build();
        Decision d = rules.decide(publishedV1(), incoming, T2);
        assertEquals(before, incoming, "the rules are a pure function of their input");
        assertEquals("appeals-court-new-slug-a1", incoming.getSlug());
        assertEquals(EnrichedArticle.newBuilder(before).setSlug("court-a1").build(), d.published().getArticle());
    }

    @Test
    void correctionsHeadlineAndFirstPublicationSurviveAWithholdingAndComeBackWithTheArticle() {
        LiveArticle corrected = rules.decide(publishedV1(), article("a1").version(2).courtStory()
                .correction("The hearing is on May 3, not May 13.").build(), T2).live();
        Decision withheld = rules.decide(corrected, article("a1").version(3).status(PubStatus.WITHHELD)
                .headline("Withheld pending legal review").build(), T2.plusSeconds(10));
        assertEquals(1, withheld.live().corrections().size());
        assertEquals("Appeals court orders new hearing in Millbrook zoning fraud case", withheld.event().getHeadline(),
                "the event names the article by the headline readers last saw, not the withholding version's");
        Decision back = rules.decide(withheld.live(), article("a1").version(4).courtStory().build(), T2.plusSeconds(20));
        assertEquals(T1, back.published().getFirstPublishedAt());
        assertEquals(List.of(2L), back.published().getCorrections().stream().map(c -> c.getVersion()).toList());
        assertEquals("court-a1", back.published().getSlug());
    }
}
