package io.newsdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.publish.PublishConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's configuration table true. Every declared {@link Setting} (the tables of ingest, enrich,
 * publish and the launcher) has a row with its default and its meaning, word for word; every key is declared
 * once. Every other row names a setting something reads: the {@code NEWSDESK_*} names in the main sources of
 * the runnable modules, the {@code ./newsdesk} script and the launcher's logging setup.
 */
class DocumentationTest {
    /** Every declaration, each key once: {@link Setting#table} refuses a key declared twice. */
    private static final List<Setting<?>> DECLARED = Setting.table(IngestConfig.SETTINGS, EnrichConfig.SETTINGS,
            PublishConfig.SETTINGS, LauncherConfig.SETTINGS);
    /** {@code | `KEY` | default | used by | meaning |} */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_*]+)` \\|[ ]*(.*?)[ ]*\\|[ ]*(.*?)[ ]*\\|[ ]*(.*?)[ ]*\\|$",
            Pattern.MULTILINE);

    @Test
    void everyDeclaredSettingHasAReadmeRowWithItsDefaultAndMeaning() {
        // key -> {default, used by, meaning}
        Map<String, List<String>> rows = new TreeMap<>();
        Matcher row = ROW.matcher(read(ROOT.resolve("README.md")));
        while (row.find()) {
            rows.put(row.group(1), List.of(row.group(2), row.group(3), row.group(4)));
        }
        List<String> wrong = new ArrayList<>();
        for (Setting<?> setting : DECLARED) {
            List<String> documented = rows.get(setting.key());
            if (documented == null) {
                wrong.add(setting.key() + ": no row in README.md's configuration table; add | `" + setting.key() + "` | "
                        + setting.documentedDefault() + " | (used by) | " + setting.meaning() + " |");
                continue;
            }
            if (!documented.get(0).equals(setting.documentedDefault())) {
                wrong.add(setting.key() + ": README.md says the default is '" + documented.get(0) + "', the declaration '"
                        + setting.documentedDefault() + "'");
            }
            if (!documented.get(2).equals(setting.meaning())) {
                wrong.add(setting.key() + ": README.md says it means '" + documented.get(2) + "', the declaration '"
                        + setting.meaning() + "'");
            }
        }
        assertEquals(List.of(), wrong, "README.md's configuration table and the settings' declarations disagree");
    }
    private static final Path ROOT = Path.of("..");
    private static final List<String> RUNNABLE_MODULES = List.of("platform", "ingest", "enrich", "publish", "launcher");
    private static final Pattern SETTING = Pattern.compile("NEWSDESK_[A-Z0-9_]*[A-Z0-9]");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(NEWSDESK_[A-Z0-9_]+|KAFKA_[A-Z_*]+)` \\|", Pattern.MULTILINE);

    @Test
    void everySettingTheCodeReadsIsInTheReadmeTableAndNothingElse() {
        Set<String> inCode = new TreeSet<>();
        DECLARED.stream().map(Setting::key).filter(key -> key.startsWith("NEWSDESK_")).forEach(inCode::add);
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
