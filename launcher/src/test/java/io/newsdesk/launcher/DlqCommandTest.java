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

/** The command line of {@code dlq}; what it does on a broker is {@code DlqCommandIT}'s. */
class DlqCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliContext context = new CliContext(Map.of(), Path.of("."), Path.of("."),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    private final NewsdeskCli cli = new NewsdeskCli(List.of(new DlqCommand()));

    @Test
    void withoutAnActionItSaysWhichThereAre() {
        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("dlq"), context));
        assertTrue(stderr().startsWith("newsdesk dlq: missing what to do: list or replay"), stderr());
    }

    @Test
    void anUnknownActionIsAUsageError() {
        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("dlq", "purge"), context));
        assertTrue(stderr().startsWith("newsdesk dlq: unknown action 'purge': use list or replay"), stderr());
    }

    @Test
    void replayTakesNoMaxAndListTakesNoDryRun() {
        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("dlq", "replay", "--max", "3"), context));
        assertTrue(stderr().contains("unknown option --max"), stderr());
        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("dlq", "list", "--dry-run"), context));
        assertTrue(stderr().contains("unknown option --dry-run"), stderr());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
