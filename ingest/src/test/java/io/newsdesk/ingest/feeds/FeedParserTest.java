package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    private static final URI WIRE = URI.create("https://wire.riverton.test/feed.xml");
    private static final String SECRET = "TOP-SECRET-LOCAL-FILE-CONTENT";

    @Test
    void rss2ItemsCarryGuidContentEncodedCreatorAndDate() throws Exception {
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("rss2.xml"), "application/rss+xml", WIRE);

        assertEquals(2, items.size());
        FeedItem first = items.get(0);
        assertEquals("rcw-2025-0412", first.id());
        assertTrue(first.title().startsWith("Jury selection begins"), first.title());
        assertEquals("<p>Jury selection opened on Monday in the trial of two men charged over the <b>Dock Street</b> "
                + "warehouse fire.</p>", first.body());
        assertEquals("https://wire.riverton.test/2025/03/jury-selection-warehouse-fire", first.link());
        assertEquals("Mara Ellison", first.author());
        assertEquals(Instant.parse("2025-03-03T09:30:00Z"), first.published());
    }

    @Test
    void rssItemWithoutContentUsesItsDescriptionAndResolvesARelativeLink() throws Exception {
        FeedItem second = FeedParser.parse(FeedFixtures.bytes("rss2.xml"), null, WIRE).get(1);

        assertEquals("The appeals court on Monday upheld a lower court ruling on municipal parking fines.", second.body());
        assertEquals("https://wire.riverton.test/2025/03/parking-fine-appeal", second.link());
        assertEquals(Instant.parse("2025-03-03T10:00:00Z"), second.published());
        assertNull(second.author());
    }

    @Test
    void atomEntriesCarryIdHtmlContentAuthorAndBothDates() throws Exception {
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("atom.xml"), "application/atom+xml", WIRE);

        assertEquals(2, items.size());
        FeedItem first = items.get(0);
        assertEquals("tag:police.harbour.test,2025:notes/118", first.id());
        assertEquals("Two arrested after marina break-ins", first.title());
        assertEquals("<p>Officers arrested two people on Tuesday after a series of break-ins at the east marina.</p>",
                first.body());
        assertEquals(Boolean.TRUE, first.bodyIsHtml());
        assertEquals("https://police.harbour.test/notes/118", first.link());
        assertEquals("Harbour District Press Office", first.author());
        assertEquals(Instant.parse("2025-03-04T07:15:00Z"), first.published());
        assertEquals(Instant.parse("2025-03-04T07:45:00Z"), first.updated());

        FeedItem second = items.get(1);
        assertEquals(Boolean.FALSE, second.bodyIsHtml());
        assertEquals("Quay Road will be closed between 10:00 and 12:00 on Thursday.", second.body());
        assertNull(second.published());
    }

    @Test
    void jsonFeedItemsCarryHtmlOrTextAuthorsAndDates() throws Exception {
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("jsonfeed.json"), "application/feed+json", WIRE);

        assertEquals(2, items.size());
        FeedItem first = items.get(0);
        assertEquals("ngb-77", first.id());
        assertEquals("Sentencing delayed in tax fraud case", first.title());
        assertEquals("<p>The sentencing of a former council treasurer was postponed to April.</p>", first.body());
        assertEquals(Boolean.TRUE, first.bodyIsHtml());
        assertEquals("https://bulletin.northgate.test/77", first.link());
        assertEquals("Oskar Lind, Pia Moreno", first.author());
        assertEquals(Instant.parse("2025-03-05T13:20:00Z"), first.published());

        FeedItem second = items.get(1);
        assertEquals("78", second.id(), "a numeric id identifies as well as a string");
        assertEquals(Boolean.FALSE, second.bodyIsHtml());
        assertNull(second.link());
        assertNull(second.published());
    }

    @Test
    void jsonFeedIsRecognisedByContentEvenWhenServedAsPlainText() throws Exception {
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("jsonfeed.json"), "text/plain", WIRE);

        assertEquals("ngb-77", items.get(0).id());
    }

    @Test
    void itemsWithoutIdsOrDatesAreReadWithNulls() throws Exception {
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("no-ids-no-dates.xml"), null, WIRE);

        assertEquals(2, items.size());
        // ROME uses the link as the id of an RSS item without guid.
        assertEquals("https://notices.village.test/magistrates-tuesday", items.get(0).id());
        assertNull(items.get(0).published());
        assertNull(items.get(1).id());
        assertNull(items.get(1).link());
        assertEquals("Lost property at the courthouse", items.get(1).title());
    }

    @Test
    void anRss091FeedWithTheNetscapeDoctypeIsReadWithoutFetchingTheDtd() throws Exception {
        // The DTD's host does not resolve here: loading it would fail or hang, so a parse proves it was not loaded.
        List<FeedItem> items = FeedParser.parse(FeedFixtures.bytes("rss091-doctype.xml"), "text/xml", WIRE);

        assertEquals(1, items.size());
        assertEquals("Caf\u00e9 owner fined over hygiene breaches", items.get(0).title());
        assertEquals("https://gazette.county.test/cafe-fined", items.get(0).link());
    }

    @Test
    void anExternalGeneralEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        byte[] feed = hostile("xxe-general-entity.xml", dir);

        List<FeedItem> items = FeedParser.parse(feed, "application/rss+xml", WIRE);

        // The DOCTYPE is accepted, the entity reference is dropped, and the file is not read.
        assertEquals(1, items.size());
        assertEquals("Innocent headline", items.get(0).title());
        assertEquals("Before  after", items.get(0).body());
        assertFalse(items.get(0).toString().contains(SECRET), "the local file leaked: " + items.get(0));
    }

    @Test
    void anExternalParameterEntityIsNeverLoaded(@TempDir Path dir) throws Exception {
        Path dtd = dir.resolve("evil.dtd");
        // Were the parameter entity loaded, this DTD would turn &leak; into the file's content.
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(dtd, "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
        byte[] feed = FeedFixtures.text("xxe-parameter-entity.xml").replace("{{FILE}}", dtd.toUri().toString())
                .replace("Nothing to see.", "Nothing to see.&leak;").getBytes(StandardCharsets.UTF_8);

        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> FeedParser.parse(feed, "application/rss+xml", WIRE));

        // "not declared" proves the external DTD was never read: it declares exactly that entity.
        assertTrue(e.getMessage().contains("The entity \"leak\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void anEntityExpansionBombIsRefusedNotExpanded() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> FeedParser.parse(FeedFixtures.bytes("billion-laughs.xml"), "application/rss+xml", WIRE));

        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed"), e.getMessage());
        assertTrue(e.getMessage().contains("entity expansions"), e.getMessage());
    }

    @Test
    void malformedXmlIsRefusedWithTheParsersReason() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> FeedParser.parse(FeedFixtures.bytes("malformed.xml"), "application/rss+xml", WIRE));

        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed: Invalid XML"), e.getMessage());
    }

    @Test
    void wellFormedXmlThatIsNoFeedIsRefused() {
        byte[] html = "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8);

        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedParser.parse(html, "text/html", WIRE));

        assertTrue(e.getMessage().startsWith("XML that is neither RSS nor Atom"), e.getMessage());
    }

    @Test
    void jsonThatIsNoJsonFeedIsRefusedWithTheReason() {
        byte[] json = "{\"articles\": []}".getBytes(StandardCharsets.UTF_8);

        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedParser.parse(json, null, WIRE));

        assertEquals("JSON that is not a JSON Feed (version \"\", expected https://jsonfeed.org/version/1.x)", e.getMessage());
    }

    @Test
    void brokenJsonIsRefusedWithTheReason() {
        byte[] json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".getBytes(StandardCharsets.UTF_8);

        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedParser.parse(json, null, WIRE));

        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    /** A hostile fixture pointed at a fresh local file holding {@link #SECRET}. */
    private static byte[] hostile(String fixture, Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return FeedFixtures.text(fixture).replace("{{FILE}}", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);
    }
}
