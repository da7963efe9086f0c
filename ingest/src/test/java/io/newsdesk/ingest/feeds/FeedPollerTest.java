package io.newsdesk.ingest.feeds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.feeds.FeedPoller.PollOutcome;
import io.newsdesk.ingest.feeds.LocalFeedServer.Document;
import io.newsdesk.ingest.intake.IntakeUnavailableException;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.FeedItemOutcome;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.SubmissionChannel;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller against feeds served from a local HTTP server; each poll driven by the test, time by its clock. */
class FeedPollerTest {
    private static final Instant START = Instant.parse("2025-03-06T12:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final String RSS = "application/rss+xml; charset=utf-8";

    private final MutableClock clock = new MutableClock(START);
    private final RecordingSink sink = new RecordingSink(clock);
    private FeedItemLedger ledger = new FeedItemLedger(Topics.FEED_ITEMS_RETENTION);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private LocalFeedServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new LocalFeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private FeedSubscription feed(String source, String path) {
        return new FeedSubscription(source, server.url(path));
    }

    private FeedPoller poller(FeedSubscription... feeds) {
        return poller(FeedFetcher.DEFAULT_MAX_BYTES, feeds);
    }

    /** A poller that owns its feeds; the test drives every poll. */
    private FeedPoller poller(int maxBytes, FeedSubscription... feeds) {
        FeedPoller poller = unowned(maxBytes, feeds);
        poller.claim(List.of(feeds));
        return poller;
    }

    private FeedPoller unowned(int maxBytes, FeedSubscription... feeds) {
        FeedFetcher fetcher = new FeedFetcher(FeedFetcher.defaultClient(), Duration.ofSeconds(5), maxBytes, clock);
        return new FeedPoller(new FeedSubscriptions(List.of(feeds), INTERVAL), fetcher,
                new FeedItemMapper(new SubmissionParser(clock)), sink, clock, scheduler, ledger);
    }

    private static FeedHealth health(FeedPoller poller) {
        return poller.health().get(0);
    }

    @Test
    void rssItemsBecomeFeedSubmissionsOfTheFeedsSource() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");

        PollOutcome outcome = poller(wire).pollNow(wire);

        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 2, 0, 0, null), outcome);
        ParsedSubmission first = sink.submitted.get(0);
        assertEquals("riverton-wire", first.source());
        assertEquals("rcw-2025-0412", first.externalId());
        assertEquals(SubmissionChannel.FEED, first.channel());
        assertEquals("Jury selection begins in warehouse fire trial", first.headline());
        assertEquals("<p>Jury selection opened on Monday in the trial of two men charged over the <b>Dock Street</b> "
                + "warehouse fire.</p>", first.body());
        assertEquals(BodyFormat.HTML, first.bodyFormat());
        assertEquals("Mara Ellison", first.byline());
        assertEquals("https://wire.riverton.test/2025/03/jury-selection-warehouse-fire", first.url());
        assertEquals(Instant.parse("2025-03-03T09:30:00Z"), first.firstCreated());

        ParsedSubmission second = sink.submitted.get(1);
        assertEquals("rcw-2025-0413", second.externalId());
        assertEquals("Appeals court upholds parking fine ruling", second.headline());
        // A relative link is resolved against the feed's own URL.
        assertEquals(server.url("/2025/03/parking-fine-appeal").toString(), second.url());
        assertNull(second.byline());
    }

    @Test
    void atomEntriesBecomeSubmissions() {
        server.serve("/atom", Document.feed(FeedFixtures.bytes("atom.xml"), "application/atom+xml"));
        FeedSubscription police = feed("harbour-police", "/atom");

        poller(police).pollNow(police);

        assertEquals(2, sink.submitted.size());
        ParsedSubmission first = sink.submitted.get(0);
        assertEquals("harbour-police", first.source());
        assertEquals("tag:police.harbour.test,2025:notes/118", first.externalId());
        assertEquals("Two arrested after marina break-ins", first.headline());
        assertEquals("<p>Officers arrested two people on Tuesday after a series of break-ins at the east marina.</p>",
                first.body());
        assertEquals(BodyFormat.HTML, first.bodyFormat());
        assertEquals("Harbour District Press Office", first.byline());
        assertEquals(Instant.parse("2025-03-04T07:15:00Z"), first.firstCreated());

        ParsedSubmission second = sink.submitted.get(1);
        assertEquals("Quay Road will be closed between 10:00 and 12:00 on Thursday.", second.body());
        assertEquals(BodyFormat.TEXT, second.bodyFormat());
        assertNull(second.firstCreated(), "an entry with only <updated> has no published date");
    }

    @Test
    void jsonFeedItemsBecomeSubmissions() {
        server.serve("/feed.json", Document.feed(FeedFixtures.bytes("jsonfeed.json"), "application/feed+json"));
        FeedSubscription bulletin = feed("northgate", "/feed.json");

        poller(bulletin).pollNow(bulletin);

        assertEquals(2, sink.submitted.size());
        ParsedSubmission first = sink.submitted.get(0);
        assertEquals("ngb-77", first.externalId());
        assertEquals("Sentencing delayed in tax fraud case", first.headline());
        assertEquals(BodyFormat.HTML, first.bodyFormat());
        assertEquals("Oskar Lind, Pia Moreno", first.byline());
        assertEquals("https://bulletin.northgate.test/77", first.url());
        assertEquals(Instant.parse("2025-03-05T13:20:00Z"), first.firstCreated());
        ParsedSubmission second = sink.submitted.get(1);
        assertEquals("78", second.externalId());
        assertEquals("The district court reopened its main hall on Wednesday after six months of works.", second.body());
        assertEquals(BodyFormat.TEXT, second.bodyFormat());
    }

    @Test
    void validatorsAreSentBackAndA304SubmitsNothing() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS)
                .withValidators("\"v1\"", "Thu, 06 Mar 2025 11:00:00 GMT"));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        poller.pollNow(wire);
        clock.advance(INTERVAL);
        PollOutcome second = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.NOT_MODIFIED, second.kind());
        assertEquals(2, sink.submitted.size(), "nothing submitted by the 304");
        List<LocalFeedServer.Seen> requests = server.requests();
        assertEquals(new LocalFeedServer.Seen("/rss", null, null, FeedFetcher.USER_AGENT), requests.get(0));
        assertEquals(new LocalFeedServer.Seen("/rss", "\"v1\"", "Thu, 06 Mar 2025 11:00:00 GMT", FeedFetcher.USER_AGENT),
                requests.get(1));
        FeedHealth health = health(poller);
        assertEquals("ok", health.status());
        assertEquals(START.plus(INTERVAL), health.lastSuccessAt());
        assertEquals(START.plus(INTERVAL).plus(INTERVAL), health.nextPollAt());
        assertEquals(2, health.itemsSeen(), "a 304 reads no items");
    }

    @Test
    void lastModifiedAloneIsEnoughForA304() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS).withValidators(null, "Thu, 06 Mar 2025 11:00:00 GMT"));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        poller.pollNow(wire);
        PollOutcome second = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.NOT_MODIFIED, second.kind());
        assertEquals("Thu, 06 Mar 2025 11:00:00 GMT", server.requests().get(1).ifModifiedSince());
        assertNull(server.requests().get(1).ifNoneMatch());
    }

    @Test
    void anUnchangedFeedServedInFullAgainSubmitsNothing() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        poller.pollNow(wire);
        PollOutcome second = poller.pollNow(wire);

        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 0, 0, 2, null), second);
        assertEquals(2, sink.submitted.size());
        assertEquals(4, health(poller).itemsSeen());
        assertEquals(2, health(poller).itemsSubmitted());
    }

    @Test
    void anUpdatedItemIsSubmittedAgainAsTheSameArticleAndTheOtherIsNot() {
        String original = FeedFixtures.text("rss2.xml");
        server.serve("/rss", Document.feed(original.getBytes(StandardCharsets.UTF_8), RSS).withValidators("\"v1\"", null));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);
        poller.pollNow(wire);

        String corrected = original.replace("upheld a lower court ruling", "upheld, by two votes to one, a lower court ruling");
        server.serve("/rss", Document.feed(corrected.getBytes(StandardCharsets.UTF_8), RSS).withValidators("\"v2\"", null));
        PollOutcome second = poller.pollNow(wire);

        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 1, 0, 1, null), second);
        assertEquals(3, sink.submitted.size());
        ParsedSubmission update = sink.submitted.get(2);
        assertEquals("rcw-2025-0413", update.externalId());
        assertEquals(sink.submitted.get(1).articleId(), update.articleId(), "the same article, so a new version");
        assertEquals("The appeals court on Monday upheld, by two votes to one, a lower court ruling on municipal parking fines.",
                update.body());
        assertEquals("\"v1\"", server.requests().get(1).ifNoneMatch());
        assertEquals(3, health(poller).itemsSubmitted());
    }

    @Test
    void aServerErrorBacksOffAndShowsInHealthUntilARecoveryResetsIt() {
        server.serve("/rss", Document.status(500, Map.of()));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        PollOutcome first = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.FAILED, first.kind());
        assertEquals("HTTP 500 from " + wire.url(), first.error());
        FeedHealth failing = health(poller);
        assertEquals("failing", failing.status());
        assertEquals(1, failing.consecutiveFailures());
        assertEquals(new FeedHealth.Problem("HTTP 500 from " + wire.url(), START), failing.lastError());
        assertEquals(START.plus(INTERVAL.multipliedBy(2)), failing.nextPollAt());
        assertNull(failing.lastSuccessAt());

        clock.advance(INTERVAL.multipliedBy(2));
        poller.pollNow(wire);
        assertEquals(2, health(poller).consecutiveFailures());
        assertEquals(clock.instant().plus(INTERVAL.multipliedBy(4)), health(poller).nextPollAt(), "doubled again");

        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        clock.advance(INTERVAL.multipliedBy(4));
        PollOutcome recovered = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.FETCHED, recovered.kind());
        FeedHealth ok = health(poller);
        assertEquals("ok", ok.status());
        assertEquals(0, ok.consecutiveFailures());
        assertEquals(clock.instant(), ok.lastSuccessAt());
        assertEquals(clock.instant().plus(INTERVAL), ok.nextPollAt(), "back to the normal interval");
        assertEquals(START.plus(INTERVAL.multipliedBy(2)), ok.lastError().at(), "the last error stays readable");
        assertEquals(2, sink.submitted.size());
    }

    @Test
    void retryAfterOnA503IsObeyed() {
        server.serve("/rss", Document.status(503, Map.of("Retry-After", "3600")));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        poller.pollNow(wire);

        assertEquals(START.plus(Duration.ofHours(1)), health(poller).nextPollAt());
        assertEquals("HTTP 503 from " + wire.url(), health(poller).lastError().message());
    }

    @Test
    void anUnreachableFeedIsAFailureNotACrash() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        FeedSubscription gone = new FeedSubscription("gone", URI.create("http://127.0.0.1:" + closedPort + "/rss"));
        FeedPoller poller = poller(gone);

        PollOutcome outcome = poller.pollNow(gone);

        assertEquals(PollOutcome.Kind.FAILED, outcome.kind());
        assertTrue(outcome.error().startsWith("cannot connect"), outcome.error());
        assertEquals(1, health(poller).consecutiveFailures());
    }

    @Test
    void itemsWithoutIdsOrDatesGetStableIdsAndAreNotSubmittedTwice() {
        server.serve("/notices", Document.feed(FeedFixtures.bytes("no-ids-no-dates.xml"), "text/xml"));
        FeedSubscription notices = feed("village", "/notices");
        FeedPoller poller = poller(notices);

        poller.pollNow(notices);
        PollOutcome again = poller.pollNow(notices);

        assertEquals(2, sink.submitted.size());
        assertEquals("https://notices.village.test/magistrates-tuesday", sink.submitted.get(0).externalId());
        assertNull(sink.submitted.get(0).firstCreated());
        String hashed = sink.submitted.get(1).externalId();
        assertTrue(hashed.matches("sha256:[0-9a-f]{64}"), hashed);
        assertEquals("Lost property at the courthouse", sink.submitted.get(1).headline());
        assertNull(sink.submitted.get(1).url());
        assertEquals(2, again.unchanged());
    }

    @Test
    void aFeedWithADoctypeIsPolled() {
        server.serve("/gazette", Document.feed(FeedFixtures.bytes("rss091-doctype.xml"), "text/xml"));
        FeedSubscription gazette = feed("gazette", "/gazette");

        PollOutcome outcome = poller(gazette).pollNow(gazette);

        assertEquals(PollOutcome.Kind.FETCHED, outcome.kind());
        assertEquals("Caf\u00e9 owner fined over hygiene breaches", sink.submitted.get(0).headline());
        assertEquals("https://gazette.county.test/cafe-fined", sink.submitted.get(0).externalId());
    }

    @Test
    void anXxeFeedIsSubmittedWithoutTheLocalFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "LOCAL-SECRET-42");
        byte[] hostile = FeedFixtures.text("xxe-general-entity.xml").replace("{{FILE}}", secret.toUri().toString())
                .getBytes(StandardCharsets.UTF_8);
        server.serve("/hostile", Document.feed(hostile, RSS));
        FeedSubscription feed = feed("hostile", "/hostile");

        poller(feed).pollNow(feed);

        assertEquals(1, sink.submitted.size());
        assertEquals("Before  after", sink.submitted.get(0).body());
        assertFalse(sink.submitted.get(0).toString().contains("LOCAL-SECRET-42"));
    }

    @Test
    void malformedXmlIsAFailureWithTheReasonAndTheNextGoodPollWorks() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("malformed.xml"), RSS).withValidators("\"broken\"", null));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        PollOutcome broken = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.FAILED, broken.kind());
        assertTrue(broken.error().startsWith("not a readable RSS or Atom feed: Invalid XML"), broken.error());
        assertEquals(broken.error(), health(poller).lastError().message());
        assertEquals(0, sink.submitted.size());

        poller.pollNow(wire);
        assertNull(server.requests().get(1).ifNoneMatch(), "a broken document's ETag is not sent back");

        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        assertEquals(PollOutcome.Kind.FETCHED, poller.pollNow(wire).kind());
        assertEquals(2, sink.submitted.size());
    }

    @Test
    void aRejectedItemIsCountedLoggedAndHandedOverWithItsProblemsOnce() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rejected-item.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);

        PollOutcome outcome = poller.pollNow(wire);

        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 1, 1, 0, null), outcome);
        assertEquals("Bail hearing set for Friday", sink.submitted.get(0).headline());
        FeedRejection rejection = sink.rejected.get(0);
        assertEquals("rcw-2025-0501", rejection.externalId());
        assertEquals(List.of("headline: required"), rejection.problems());
        assertEquals(wire, rejection.feed());
        assertTrue(new String(rejection.submissionJson(), StandardCharsets.UTF_8)
                .contains("\"body\":\"An item with a body but no title at all.\""));
        FeedHealth health = health(poller);
        assertEquals(1, health.itemsRejected());
        assertEquals(new FeedHealth.Rejection("rcw-2025-0501", List.of("headline: required"), START), health.lastRejection());
        assertEquals("ok", health.status(), "a rejected item is the item's problem, not the feed's");

        poller.pollNow(wire);
        assertEquals(1, sink.rejected.size(), "the same unchanged item is not rejected again on every poll");
        assertEquals(1, health(poller).itemsRejected());
    }

    @Test
    void anItemTheSinkCouldNotTakeIsHandedOverAgainOnTheNextPoll() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS).withValidators("\"v1\"", null));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);
        sink.failNext(new IntakeUnavailableException("broker down", null));

        PollOutcome failed = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.FAILED, failed.kind());
        assertTrue(failed.error().startsWith("could not hand over item \"rcw-2025-0412\""), failed.error());
        assertTrue(failed.error().contains("broker down"), failed.error());
        assertEquals(0, sink.submitted.size());

        PollOutcome retried = poller.pollNow(wire);

        assertNull(server.requests().get(1).ifNoneMatch(), "validators dropped, so the document is fetched in full");
        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 2, 0, 0, null), retried);
        assertEquals(List.of("rcw-2025-0412", "rcw-2025-0413"),
                sink.submitted.stream().map(ParsedSubmission::externalId).toList());
        assertEquals(0, health(poller).consecutiveFailures());
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(500, wire);

        PollOutcome outcome = poller.pollNow(wire);

        assertEquals(PollOutcome.Kind.FAILED, outcome.kind());
        assertTrue(outcome.error().contains("larger than the limit of 500 bytes"), outcome.error());
        assertEquals(0, sink.submitted.size());
    }

    @Test
    void eachFeedHasItsOwnHealth() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        server.serve("/down", Document.status(502, Map.of()));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedSubscription down = feed("partner", "/down");
        FeedPoller poller = poller(wire, down);

        poller.pollNow(wire);
        poller.pollNow(down);

        List<FeedHealth> health = poller.health();
        assertEquals("riverton-wire", health.get(0).source());
        assertEquals("ok", health.get(0).status());
        assertEquals(2, health.get(0).itemsSubmitted());
        assertEquals("partner", health.get(1).source());
        assertEquals(down.url().toString(), health.get(1).url());
        assertEquals("failing", health.get(1).status());
        assertEquals("HTTP 502 from " + down.url(), health.get(1).lastError().message());
    }

    @Test
    void startedPollerPollsEveryFeedOnItsOwn() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedFetcher fetcher = new FeedFetcher(FeedFetcher.defaultClient(), Duration.ofSeconds(5), 1 << 20, Clock.systemUTC());
        try (FeedPoller poller = new FeedPoller(new FeedSubscriptions(List.of(wire), INTERVAL), fetcher,
                new FeedItemMapper(new SubmissionParser(Clock.systemUTC())), sink, Clock.systemUTC(), scheduler, ledger)) {
            assertEquals("standby", health(poller).status(), "until the group gives this instance the feed");

            poller.own(poller.feeds());
            assertEquals("pending", health(poller).status());

            await().atMost(Duration.ofSeconds(10)).until(() -> "ok".equals(health(poller).status()));
            assertEquals(List.of("rcw-2025-0412", "rcw-2025-0413"),
                    sink.submitted.stream().map(ParsedSubmission::externalId).toList());
            Instant next = health(poller).nextPollAt();
            assertTrue(next.isAfter(Instant.now().plus(INTERVAL).minusSeconds(10)), "next poll one interval on: " + next);
        }
    }

    @Test
    void aRestartedPollerSubmitsNothingOfAnUnchangedFeedAndAnEditedItemOnce() {
        String original = FeedFixtures.text("rss2.xml");
        server.serve("/rss", Document.feed(original.getBytes(StandardCharsets.UTF_8), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        poller(wire).pollNow(wire);
        assertEquals(2, sink.submitted.size());

        // A new process: its ledger holds only what the topic gave back.
        ledger = sink.reload(new FeedItemLedger(Topics.FEED_ITEMS_RETENTION));
        FeedPoller restarted = poller(wire);
        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 0, 0, 2, null), restarted.pollNow(wire));

        String corrected = original.replace("upheld a lower court ruling", "upheld, by two votes to one, a lower court ruling");
        server.serve("/rss", Document.feed(corrected.getBytes(StandardCharsets.UTF_8), RSS));
        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 1, 0, 1, null), restarted.pollNow(wire));
        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 0, 0, 2, null), restarted.pollNow(wire));
        assertEquals(List.of("rcw-2025-0412", "rcw-2025-0413", "rcw-2025-0413"),
                sink.submitted.stream().map(ParsedSubmission::externalId).toList());
        FeedItemState state = ledger.get("riverton-wire", "rcw-2025-0413");
        assertEquals(3L, state.getVersion(), "the state keeps the version the edit got");
        assertEquals(FeedItemOutcome.SUBMITTED, state.getOutcome());
    }

    @Test
    void aFeedAnotherInstanceOwnsIsNotFetched() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = unowned(FeedFetcher.DEFAULT_MAX_BYTES, wire);

        assertEquals(PollOutcome.Kind.STANDBY, poller.pollNow(wire).kind());
        assertEquals(0, server.requests().size());
        assertEquals("standby", health(poller).status());

        poller.claim(List.of(wire));
        assertEquals(PollOutcome.Kind.FETCHED, poller.pollNow(wire).kind());
        poller.release(List.of(wire));
        assertEquals(PollOutcome.Kind.STANDBY, poller.pollNow(wire).kind());
        assertEquals(1, server.requests().size());
    }

    @Test
    void anUnchangedItemsStateIsWrittenAgainBeforeRetentionCouldDropIt() {
        server.serve("/rss", Document.feed(FeedFixtures.bytes("rss2.xml"), RSS));
        FeedSubscription wire = feed("riverton-wire", "/rss");
        FeedPoller poller = poller(wire);
        poller.pollNow(wire);
        assertEquals(2, sink.states.size());

        clock.advance(ledger.refreshAfter().minusHours(1));
        poller.pollNow(wire);
        assertEquals(2, sink.states.size(), "not yet due");

        clock.advance(Duration.ofHours(2));
        PollOutcome outcome = poller.pollNow(wire);
        assertEquals(new PollOutcome(PollOutcome.Kind.FETCHED, 2, 0, 0, 2, null), outcome, "refreshed, not resubmitted");
        assertEquals(4, sink.states.size());
        assertEquals(clock.instant(), sink.states.get(3).getRecordedAt());
        assertEquals(sink.states.get(1).getFingerprint(), sink.states.get(3).getFingerprint());
        assertEquals(2, sink.submitted.size());
    }
}
