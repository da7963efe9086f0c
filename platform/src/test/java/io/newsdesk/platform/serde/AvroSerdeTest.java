package io.newsdesk.platform.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.VersionStamp;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private final AvroSerde<VersionStamp> serde = AvroSerde.of(VersionStamp.class);

    @Test
    void roundTripsThroughKafkaSerializers() {
        VersionStamp stamp = new VersionStamp("a1", 4L, "s1", Instant.ofEpochMilli(1_700_000_000_000L));
        byte[] bytes = serde.serializer().serialize("t", stamp);
        assertEquals(stamp, serde.deserializer().deserialize("t", bytes));
    }

    @Test
    void tombstonesStayNull() {
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    @Test
    void garbageFailsWithTheTopicAndTypeNamed() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("articles.versions", new byte[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("articles.versions"), e.getMessage());
        assertTrue(e.getMessage().contains("VersionStamp"), e.getMessage());
    }

    @Test
    void aTruncatedRecordFailsAsASerializationExceptionNamingTopicAndType() {
        VersionStamp stamp = new VersionStamp("a1", 4L, "s1", Instant.ofEpochMilli(1_700_000_000_000L));
        byte[] bytes = serde.serializer().serialize("t", stamp);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("articles.versions", cut));
        assertTrue(e.getMessage().contains("articles.versions"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot decode VersionStamp"), e.getMessage());
    }
}
