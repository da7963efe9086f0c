package io.newsdesk.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.rules.DigestSchedule;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.DigestGroup;
import io.newsdesk.schemas.DigestItem;
import io.newsdesk.schemas.SubjectRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DigestPublisherTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2025-03-04T23:00:05Z");

    private record Request(LocalDate date, ZoneId zone, Instant now) {
    }

    @Test
    void writesTheDaysDigestKeyedByItsIsoDateAndWaitsForTheAck() {
        MockProducer<String, Digest> producer = new MockProducer<>(true, null, new StringSerializer(),
                (topic, digest) -> new byte[0]);
        List<Request> requests = new ArrayList<>();
        DigestPublisher publisher = new DigestPublisher(producer, "t-digests", new DigestSchedule(18, NEW_YORK),
                (date, zone, now) -> {
                    requests.add(new Request(date, zone, now));
                    return digest(date.toString());
                }, Clock.fixed(NOW, ZoneOffset.UTC), () -> true);

        var written = publisher.publish(LocalDate.of(2025, 3, 4));
        assertEquals("t-digests", written.topic());
        assertEquals(List.of(new Request(LocalDate.of(2025, 3, 4), NEW_YORK, NOW)), requests);
        List<ProducerRecord<String, Digest>> sent = producer.history();
        assertEquals(1, sent.size());
        assertEquals("2025-03-04", sent.get(0).key());
        assertEquals("2025-03-04", sent.get(0).value().getDate());
        assertEquals("Court rules on zoning appeal", sent.get(0).value().getGroups().get(0).getItems().get(0).getHeadline());
        publisher.close();
        assertTrue(producer.closed());
    }

    @Test
    void failedWriteIsReportedWithTheDate() {
        MockProducer<String, Digest> producer = new MockProducer<>(false, null, new StringSerializer(),
                (topic, digest) -> new byte[0]);
        DigestPublisher publisher = new DigestPublisher(producer, "t-digests", new DigestSchedule(18, NEW_YORK),
                (date, zone, now) -> digest(date.toString()), Clock.fixed(NOW, ZoneOffset.UTC), () -> true);
        Thread failer = new Thread(() -> {
            org.awaitility.Awaitility.await().until(() -> !producer.history().isEmpty());
            producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker unavailable"));
        });
        failer.start();
        var e = assertThrows(IllegalStateException.class, () -> publisher.publish(LocalDate.of(2025, 3, 4)));
        assertTrue(e.getMessage().contains("cannot write the digest for 2025-03-04 to t-digests"), e.getMessage());
        publisher.close();
    }

    private static Digest digest(String date) {
        DigestItem item = DigestItem.newBuilder().setArticleId("a1").setVersion(1)
                .setHeadline("Court rules on zoning appeal").setSlug("court-rules-a1").build();
        DigestGroup group = DigestGroup.newBuilder()
                .setTopic(SubjectRef.newBuilder().setCode("medtop:02000000").setLabel("crime, law and justice").build())
                .setItems(List.of(item)).build();
        return Digest.newBuilder().setDate(date).setTimeZone(NEW_YORK.getId()).setGeneratedAt(NOW)
                .setGroups(List.of(group)).build();
    }
}
