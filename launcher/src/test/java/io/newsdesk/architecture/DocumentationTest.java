package io.newsdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's configuration table true: every setting the code reads has a row, and every row
 * names a setting something reads. The code's settings are the {@code NEWSDESK_*} names in the main
 * sources of the runnable modules, the {@code ./newsdesk} script and the launcher's logging setup.
 */
class DocumentationTest {
    private static final Path ROOT = Path.of("..");
    private static final List<String> RUNNABLE_MODULES = List.of("platform", "ingest", "enrich", "publish", "launcher");
    private static final Pattern SETTING = Pattern.compile("NEWSDESK_[A-Z0-9_]*[A-Z0-9]");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(NEWSDESK_[A-Z0-9_]+|KAFKA_[A-Z_*]+)` \\|", Pattern.MULTILINE);

    @Test
    void everySettingTheCodeReadsIsInTheReadmeTableAndNothingElse() {
        Set<String> inCode = new TreeSet<>();
        for (String module : RUNNABLE_MODULES) {
            inCode.addAll(settingsIn(ROOT.resolve(module).resolve("src/main")));
        }
        inCode.addAll(settingsIn(ROOT.resolve("newsdesk")));
        // variables the script sets for itself are not settings
        Matcher internal = Pattern.compile("^\\s*(NEWSDESK_[A-Z0-9_]+)=", Pattern.MULTILINE).matcher(read(ROOT.resolve("newsdesk")));
        while (internal.find()) {
            inCode.remove(internal.group(1));
        }
        // the test fixture's choice of broker is a setting users of the test command meet
        inCode.addAll(settingsIn(ROOT.resolve("testkit/src/main")));

        Set<String> documented = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(read(ROOT.resolve("README.md")));
        while (row.find()) {
            if (row.group(1).startsWith("NEWSDESK_")) {
                documented.add(row.group(1));
            }
        }
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(inCode);
        assertEquals(Set.of(), undocumented, "settings the code reads but README.md's configuration table lacks");
        assertEquals(Set.of(), stale, "README.md documents settings no code reads");
    }

    @Test
    void theReadmeNamesTheTwoCommands() {
        String readme = read(ROOT.resolve("README.md"));
        assertTrue(readme.contains("./newsdesk demo"), "the run command");
        assertTrue(readme.contains("./newsdesk test"), "the test command");
        assertTrue(read(ROOT.resolve(".ci/run")).contains("./newsdesk test"), ".ci/run must run the README's test command");
    }

    private static Set<String> settingsIn(Path path) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xml") || f.getFileName().toString().equals("newsdesk"))
                    .forEach(f -> {
                        Matcher m = SETTING.matcher(read(f));
                        while (m.find()) {
                            found.add(m.group());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
