package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up --brokers}: the command lines refused before anything starts. */
class UpCommandTest {

    private static String runExpectingUsage(Map<String, String> environment, Path dir, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(environment, dir, dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int status = NewsdeskCli.standard().run(List.of(args), context);
        assertEquals(NewsdeskCli.USAGE, status, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEvenNumberOfBrokersIsRefusedWithTheReason(@TempDir Path dir) {
        String err = runExpectingUsage(Map.of("NEWSDESK_DATA_DIR", dir.toString()), dir, "up", "--brokers", "2");
        assertTrue(err.contains("--brokers must be one of [1, 3, 5]"), err);
        assertTrue(err.contains("usage: ./newsdesk up [--brokers 1|3|5]"), err);
    }

    @Test
    void aLocalClusterAndAnExternalOneAtOnceIsRefused(@TempDir Path dir) {
        String err = runExpectingUsage(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092"), dir, "up", "--brokers", "3");
        assertTrue(err.contains("KAFKA_BOOTSTRAP_SERVERS names one to use (kafka-1:9092)"), err);
    }

    @Test
    void aBrokerCountThatIsNoNumberIsRefused(@TempDir Path dir) {
        String err = runExpectingUsage(Map.of(), dir, "up", "--brokers", "three");
        assertTrue(err.contains("--brokers"), err);
    }
}
