package io.newsdesk.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class EncodedOnceSerializerTest {
    /** A mutable record, as Avro's are; counts how often it is really encoded. */
    private static final class Box {
        String text;

        Box(String text) {
            this.text = text;
        }
    }

    private final AtomicInteger encodings = new AtomicInteger();
    private final Serializer<Box> counting = (topic, box) -> {
        if (box == null) {
            return null;
        }
        encodings.incrementAndGet();
        return box.text.getBytes(StandardCharsets.UTF_8);
    };
    private final EncodedOnceSerializer<Box> serializer = new EncodedOnceSerializer<>(counting);

    @Test
    void theSameRecordForAnotherTopicGetsTheBytesAlreadyEncoded() {
        Box record = new Box("published");
        byte[] first = serializer.serialize("articles.published", record);
        byte[] slice = serializer.serialize("articles.published.crime-law-justice", record);
        assertSame(first, slice);
        assertEquals(1, encodings.get());
        assertArrayEquals("published".getBytes(StandardCharsets.UTF_8), slice);
    }

    @Test
    void anEqualButDifferentRecordIsEncodedAfresh() {
        byte[] first = serializer.serialize("t", new Box("same text"));
        byte[] second = serializer.serialize("t", new Box("same text"));
        assertEquals(2, encodings.get(), "only the very same instance reuses bytes");
        assertNotSame(first, second);
        assertArrayEquals(first, second);
    }

    @Test
    void eachNewRecordReplacesTheRememberedOne() {
        Box a = new Box("a");
        Box b = new Box("b");
        serializer.serialize("t", a);
        assertArrayEquals(new byte[] {'b'}, serializer.serialize("t", b));
        assertArrayEquals(new byte[] {'a'}, serializer.serialize("t", a));
        assertEquals(3, encodings.get());
    }

    @Test
    void aTombstoneStaysNullAndForgetsNothing() {
        Box a = new Box("a");
        serializer.serialize("t", a);
        assertNull(serializer.serialize("t", null));
        serializer.serialize("t", a);
        assertEquals(1, encodings.get());
    }

    @Test
    void threadsSharingItAlwaysGetTheirOwnRecordsBytes() throws Exception {
        // Stream threads share the topology's serializer; interleaving may cost a re-encoding, never a mix-up.
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    int wrong = 0;
                    for (int i = 0; i < 20_000; i++) {
                        Box record = new Box("thread-" + thread + "-record-" + i);
                        byte[] expected = record.text.getBytes(StandardCharsets.UTF_8);
                        for (int topic = 0; topic < 3; topic++) {
                            if (!java.util.Arrays.equals(expected, serializer.serialize("t" + topic, record))) {
                                wrong++;
                            }
                        }
                    }
                    return wrong;
                };
                results.add(threads.submit(work));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
