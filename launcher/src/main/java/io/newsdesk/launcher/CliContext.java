package io.newsdesk.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may read of the world it runs in, passed in rather than read from statics so that
 * commands run the same way in tests.
 *
 * @param environment      the process environment (configuration keys are environment variables)
 * @param workingDirectory where relative paths given by the user are resolved
 * @param home             the repository root, where {@code samples/} lives ({@code -Dnewsdesk.home},
 *                         set by the {@code ./newsdesk} script; the working directory otherwise)
 * @param out              results: JSON lines, published articles, addresses
 * @param err              progress and problems, so that {@code out} stays machine-readable
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, Path home, PrintStream out,
                         PrintStream err) {
    public static final String HOME_PROPERTY = "newsdesk.home";

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The context of this process. */
    public static CliContext ofProcess() {
        Path cwd = Path.of("").toAbsolutePath();
        String home = System.getProperty(HOME_PROPERTY);
        return new CliContext(System.getenv(), cwd, home == null || home.isBlank() ? cwd : Path.of(home).toAbsolutePath(),
                System.out, System.err);
    }

    /** A path the user gave, resolved against the working directory. */
    public Path resolve(String userPath) {
        return workingDirectory.resolve(userPath).normalize();
    }
}
