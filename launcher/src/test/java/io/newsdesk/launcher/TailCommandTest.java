package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.launcher.kafka.TopicRecordDecoder;
import io.newsdesk.platform.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TailCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void printsOneJsonLinePerRecordAndStopsAtMax() throws Exception {
        TopicPartition partition = new TopicPartition("articles.published", 0);
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(partition));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        for (int i = 0; i < 3; i++) {
            consumer.addRecord(new ConsumerRecord<>("articles.published", 0, i, ("a" + i).getBytes(StandardCharsets.UTF_8), null));
        }

        long printed = TailCommand.copy(consumer, TopicRecordDecoder.forTopic("articles.published").orElseThrow(), 2,
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(2, printed);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals("a0", Json.mapper().readTree(lines[0]).get("key").asText());
        assertTrue(Json.mapper().readTree(lines[1]).get("value").isNull(), lines[1]);
        assertEquals(1, Json.mapper().readTree(lines[1]).get("offset").asInt());
    }

    @Test
    void aTopicOutsideThePipelineIsAUsageErrorThatListsTheTopics() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Map.of("NEWSDESK_TOPIC_PREFIX", "t1-"), Path.of("."), Path.of("."),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        int status = NewsdeskCli.standard().run(List.of("tail", "__consumer_offsets"), context);

        assertEquals(NewsdeskCli.USAGE, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsdesk tail: '__consumer_offsets' is not a Newsdesk topic;"
                + " topics: t1-articles.submitted, t1-articles.tagged,"), err.toString(StandardCharsets.UTF_8));
    }
}
