package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HttpDoorLoadTest {

    @Test
    void aSplicedBodyIsExactlyTheArticlesJsonWithThatId() {
        ArticlePool pool = ArticlePool.generate(new ArticleGenerator(4), 3);
        HttpDoorLoad.JsonBodies bodies = new HttpDoorLoad.JsonBodies(pool);
        for (int i = 0; i < 3; i++) {
            byte[] expected = pool.article("http", i).withExternalId("http-" + (i + 30)).toJson("bench-http");
            assertArrayEquals(expected, bodies.withExternalId(i, "http-" + (i + 30)));
        }
    }

    @Test
    void theHttpRecordingSitsNextToThePipelineOne() {
        assertEquals(Path.of("/tmp/p-http.jfr"), BenchRun.httpRecordingFile(Path.of("/tmp/p.jfr")));
        assertEquals(Path.of("rec-http"), BenchRun.httpRecordingFile(Path.of("rec")));
    }

    @Test
    void profileTablesGroupByThePackagesFirstThreeSegments() {
        assertEquals("org.apache.kafka", FlightRecording.packageOf("org.apache.kafka.clients.producer.KafkaProducer"));
        assertEquals("java.util", FlightRecording.packageOf("java.util.HashMap"));
        assertEquals("io.newsdesk.enrich", FlightRecording.packageOf("io.newsdesk.enrich.basics.Words"));
    }
}
