package io.newsdesk.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program outside the JVM (the Python example, kcat) with a time limit. Output goes to files,
 * not pipes, so a chatty program can never block on a full pipe while the test waits for it.
 */
record ExternalCommand(List<String> command, int exitCode, byte[] stdout, String stderr) {

    static ExternalCommand run(Duration limit, Path workDirectory, Map<String, String> environment,
            List<String> command) {
        try {
            Path out = Files.createTempFile(workDirectory, "stdout-", ".txt");
            Path err = Files.createTempFile(workDirectory, "stderr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not finish within " + limit + "; stdout:\n"
                        + Files.readString(out) + "\nstderr:\n" + Files.readString(err));
            }
            return new ExternalCommand(command, process.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Whether the program can be started and exits 0, e.g. {@code kcat -V}. */
    static Availability probe(Path workDirectory, List<String> command) {
        try {
            ExternalCommand result = run(Duration.ofSeconds(30), workDirectory, Map.of(), command);
            return result.exitCode() == 0 ? new Availability(true, "")
                    : new Availability(false, command + " exited " + result.exitCode() + ": " + lastLine(result.stderr()));
        } catch (UncheckedIOException e) {
            return new Availability(false, command + " cannot start: " + e.getCause().getMessage());
        }
    }

    /** The last line of a Python traceback or a tool's error is the one that says what is missing. */
    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    record Availability(boolean available, String reason) {
    }

    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    String describe() {
        return command + " exited " + exitCode + "\nstdout:\n" + stdoutText() + "\nstderr:\n" + stderr;
    }
}
