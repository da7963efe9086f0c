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

class NewsdeskCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliContext context = new CliContext(Map.of(), Path.of("."), Path.of("."),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    /** A command that fails the way it is told to, to see how the CLI answers each kind of failure. */
    private record Scripted(String name, Exception failure) implements Command {
        @Override
        public String synopsis() {
            return "THING";
        }

        @Override
        public String summary() {
            return "a scripted command";
        }

        @Override
        public String details() {
            return "details of " + name;
        }

        @Override
        public int run(List<String> args, CliContext context) throws Exception {
            if (failure != null) {
                throw failure;
            }
            context.out().println("ran with " + args);
            return NewsdeskCli.OK;
        }
    }

    @Test
    void dispatchesToTheNamedCommandWithTheRestOfTheArguments() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go", null)));

        assertEquals(0, cli.run(List.of("go", "a", "--b"), context));
        assertEquals("ran with [a, --b]\n", stdout());
    }

    @Test
    void anUnknownCommandExitsWithTwoAndListsTheCommands() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go", null)));

        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("og"), context));
        assertEquals("newsdesk: unknown command 'og'. Commands: go, help. Run ./newsdesk help for details.\n", stderr());
    }

    @Test
    void noCommandAtAllPrintsTheOverviewAndExitsWithTwo() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go", null)));

        assertEquals(NewsdeskCli.USAGE, cli.run(List.of(), context));
        assertTrue(stderr().contains("usage: ./newsdesk COMMAND [ARGUMENTS]"), stderr());
        assertTrue(stderr().contains("go THING"), stderr());
    }

    @Test
    void aUsageErrorExitsWithTwoAndShowsTheCommandsUsage() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go", new UsageException("missing THING"))));

        assertEquals(NewsdeskCli.USAGE, cli.run(List.of("go"), context));
        assertEquals("newsdesk go: missing THING\nusage: ./newsdesk go THING\n(./newsdesk help go explains it)\n", stderr());
    }

    @Test
    void anExpectedFailureExitsWithOneAndPrintsItsMessageWithoutAStackTrace() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go",
                new CommandFailedException("ingest does not answer", new java.net.ConnectException("Connection refused")))));

        assertEquals(NewsdeskCli.FAILED, cli.run(List.of("go"), context));
        assertEquals("newsdesk go: ingest does not answer: Connection refused\n", stderr());
    }

    @Test
    void anUnexpectedErrorExitsWithOneAndPrintsItsStackTrace() {
        NewsdeskCli cli = new NewsdeskCli(List.of(new Scripted("go", new IllegalStateException("bug"))));

        assertEquals(NewsdeskCli.FAILED, cli.run(List.of("go"), context));
        assertTrue(stderr().startsWith("newsdesk go failed: bug\njava.lang.IllegalStateException: bug\n\tat "), stderr());
    }

    @Test
    void helpListsEveryStandardCommandAndExplainsOne() {
        NewsdeskCli cli = NewsdeskCli.standard();

        assertEquals(0, cli.run(List.of("help"), context));
        for (String command : List.of("up", "demo", "submit FILE...", "tail TOPIC", "enrich FILE...", "help", "test")) {
            assertTrue(stdout().contains("\n  " + command), "help lists " + command + ":\n" + stdout());
        }
        out.reset();
        assertEquals(0, cli.run(List.of("--help"), context));
        assertTrue(stdout().contains("commands:"), stdout());
        out.reset();
        assertEquals(0, cli.run(List.of("help", "tail"), context));
        assertTrue(stdout().startsWith("usage: ./newsdesk tail TOPIC [--from-beginning] [--max N]\n"), stdout());
        assertTrue(stdout().contains("read_committed"), stdout());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        assertEquals(NewsdeskCli.USAGE, NewsdeskCli.standard().run(List.of("help", "nope"), context));
        assertTrue(stderr().startsWith("newsdesk help: no command named 'nope'\n"), stderr());
    }

    @Test
    void commandNamesMustBeUnique() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NewsdeskCli(List.of(new Scripted("go", null), new Scripted("go", null))));
        assertEquals("two commands are named go", e.getMessage());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
