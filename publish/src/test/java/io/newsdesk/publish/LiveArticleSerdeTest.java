package io.newsdesk.publish;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class LiveArticleSerdeTest {
    private static final Instant T = Instant.parse("2025-03-04T15:00:00Z");
    private final LiveArticleSerde serde = new LiveArticleSerde();

    private static PublishedArticle record() {
        return PublishedArticle.newBuilder().setArticleId("a1").setVersion(3).setSlug("ferry-a1")
                .setFirstPublishedAt(T).setPublishedAt(T.plusSeconds(90))
                .setCorrections(List.of(
                        Correction.newBuilder().setVersion(2).setNote("Six, not five.").setAt(T.plusSeconds(30)).build(),
                        Correction.newBuilder().setVersion(3).setNote("Seven, not six.").setAt(T.plusSeconds(60)).build()))
                .setArticle(article("a1").version(3).headline("Ferry runs late — again").build()).build();
    }

    @Test
    void roundTripsEveryFieldInTheCompactFormat() {
        LiveArticle live = LiveArticle.of(LiveArticle.State.WITHHELD, record(), List.of("crime-law-justice", "courts"));
        byte[] bytes = serde.serializer().serialize("changelog", live);
        assertEquals(LiveArticleSerde.FORMAT_2, bytes[0]);
        LiveArticle read = serde.deserializer().deserialize("changelog", bytes);
        assertEquals(live, read);
        assertEquals("ferry-a1", read.slug());
        assertEquals(T, read.firstPublishedAt());
        assertEquals("Ferry runs late — again", read.headline());
        assertEquals(List.of(2L, 3L), read.corrections().stream().map(Correction::getVersion).toList());
        assertEquals("Seven, not six.", read.corrections().get(1).getNote());
        assertEquals(T.plusSeconds(60), read.corrections().get(1).getAt());
        assertTrue(bytes.length < 300, "only what the rules need, not the whole article: " + bytes.length + " bytes");
    }

    @Test
    void roundTripsAnArticleWithoutHeadlineCorrectionsOrSlices() {
        LiveArticle live = new LiveArticle(LiveArticle.State.RETRACTED, "a2", T, List.of(), null, List.of());
        assertEquals(live, serde.deserializer().deserialize("changelog", serde.serializer().serialize("changelog", live)));
    }

    @Test
    void readsTheFormatEarlierReleasesWroteWithTheWholeRecord() throws IOException {
        // Deployed stores and their changelogs hold this layout: state, slices, then the whole record.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeUTF("PUBLISHED");
        out.writeInt(2);
        out.writeUTF("crime-law-justice");
        out.writeUTF("courts");
        byte[] encoded = AvroCodec.of(PublishedArticle.class).encode(record());
        out.writeInt(encoded.length);
        out.write(encoded);
        out.flush();

        LiveArticle read = serde.deserializer().deserialize("changelog", bytes.toByteArray());
        assertEquals(new LiveArticle(LiveArticle.State.PUBLISHED, "ferry-a1", T, record().getCorrections(),
                "Ferry runs late — again", List.of("crime-law-justice", "courts")), read);
        // Once read it is written back in the compact format, and reads the same.
        byte[] rewritten = serde.serializer().serialize("changelog", read);
        assertEquals(LiveArticleSerde.FORMAT_2, rewritten[0]);
        assertEquals(read, serde.deserializer().deserialize("changelog", rewritten));
    }

    @Test
    void nullStaysNullSoDeletesReachTheChangelog() {
        assertNull(serde.serializer().serialize("changelog", null));
        assertNull(serde.deserializer().deserialize("changelog", null));
    }

    @Test
    void unknownFormatIsAClearSerializationError() {
        var e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("changelog", new byte[] {9, 0, 0}));
        assertTrue(e.getMessage().contains("unknown live article format 9"), e.getMessage());
    }

    @Test
    void truncatedRecordIsAClearSerializationError() {
        byte[] bytes = serde.serializer().serialize("changelog",
                LiveArticle.of(LiveArticle.State.PUBLISHED, record(), List.of("courts")));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 10);
        var e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("changelog", cut));
        assertTrue(e.getMessage().contains("cannot decode live article from changelog"), e.getMessage());
    }
}
