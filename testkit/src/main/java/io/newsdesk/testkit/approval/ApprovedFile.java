package io.newsdesk.testkit.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An approved output (a golden file): what the code under test produced when a person last looked at it
 * and agreed. A test renders what the code produces now as text and calls {@link #verify}; any difference
 * fails the test with the differing lines, so behaviour cannot drift unnoticed, and a deliberate change
 * edits one data file instead of a second copy of the old implementation kept as an oracle.
 *
 * <p>A text may be cut into sections by lines starting with {@value #SECTION_MARK} (one per article, say):
 * the report then names the section of every difference. After a deliberate change, re-approve with the
 * system property {@value #APPROVE_PROPERTY}, which writes the new output over the file instead of
 * comparing (review the change with {@code git diff} before committing it):
 * <pre>
 * mvn -B -pl enrich,bench -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='Approved*Test,GeneratedArticlesApprovedTest' -Dnewsdesk.approve=true
 * </pre>
 */
public final class ApprovedFile {
    public static final String APPROVE_PROPERTY = "newsdesk.approve";
    public static final String SECTION_MARK = "=== ";
    /** Enough to see what changed without burying the test report. */
    private static final int MAX_SECTIONS_REPORTED = 12;
    private static final int MAX_LINES_PER_SECTION = 60;

    private final Path path;

    private ApprovedFile(Path path) {
        this.path = path;
    }

    /**
     * The file at {@code relativePath} under the module's {@code src/test/resources/approved/}. Maven runs
     * a module's tests in the module directory ({@code basedir}), which is where the file is written back.
     */
    public static ApprovedFile named(String relativePath) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return new ApprovedFile(module.resolve("src/test/resources/approved").resolve(relativePath));
    }

    public Path path() {
        return path;
    }

    /**
     * A short fingerprint of a text (the first 12 hex digits of its SHA-256), for corpora too large to
     * approve in full: one line of fingerprints per item still names the item and the field that drifted.
     */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether this run re-approves (writes) instead of comparing. */
    public static boolean approving() {
        return Boolean.parseBoolean(System.getProperty(APPROVE_PROPERTY, "false"));
    }

    /**
     * Passes when {@code actual} is the approved text; otherwise fails with a readable diff. With
     * {@value #APPROVE_PROPERTY}{@code =true} it writes {@code actual} as the approved text instead.
     */
    public void verify(String actual) {
        String text = actual.endsWith("\n") ? actual : actual + "\n";
        if (approving()) {
            write(text);
            System.out.println("APPROVED " + path + " (" + text.length() + " chars); review it with git diff");
            return;
        }
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("no approved output at " + path + "; record it with -D" + APPROVE_PROPERTY + "=true");
        }
        String approved = read();
        if (approved.equals(text)) {
            return;
        }
        String report = report(approved, text);
        System.out.println(report);
        throw new AssertionError(report);
    }

    private String report(String approved, String actual) {
        Map<String, List<String>> was = sections(approved);
        Map<String, List<String>> now = sections(actual);
        StringBuilder out = new StringBuilder("output differs from the approved " + path.getFileName() + " ("
                + path + "):\n");
        int changed = 0;
        List<String> names = new ArrayList<>(was.keySet());
        now.keySet().stream().filter(n -> !was.containsKey(n)).forEach(names::add);
        for (String name : names) {
            List<String> before = was.getOrDefault(name, List.of());
            List<String> after = now.getOrDefault(name, List.of());
            List<String> hunks = LineDiff.hunks(before, after);
            if (hunks.isEmpty()) {
                continue;
            }
            changed++;
            if (changed > MAX_SECTIONS_REPORTED) {
                continue;
            }
            String state = !now.containsKey(name) ? " (gone)" : !was.containsKey(name) ? " (new)" : "";
            out.append(name.isEmpty() ? "" : "--- " + name + state + "\n");
            hunks.stream().limit(MAX_LINES_PER_SECTION).forEach(l -> out.append("  ").append(l).append('\n'));
            if (hunks.size() > MAX_LINES_PER_SECTION) {
                out.append("  ... ").append(hunks.size() - MAX_LINES_PER_SECTION).append(" more diff lines\n");
            }
        }
        if (changed > MAX_SECTIONS_REPORTED) {
            out.append("... and ").append(changed - MAX_SECTIONS_REPORTED).append(" more changed sections\n");
        }
        out.append(changed).append(" section(s) differ. If the change is deliberate, re-approve with -D")
                .append(APPROVE_PROPERTY).append("=true and review the result with git diff.");
        return out.toString();
    }

    /** The text's sections by name, in order; text before the first mark is the section named "". */
    static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        out.put("", current);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith(SECTION_MARK)) {
                String name = line.substring(SECTION_MARK.length());
                current = new ArrayList<>();
                if (out.put(name, current) != null) {
                    throw new IllegalArgumentException("section '" + name + "' appears twice");
                }
            } else {
                current.add(line);
            }
        }
        if (out.get("").size() == 1 && out.get("").get(0).isEmpty()) {
            out.remove("");
        }
        return out;
    }

    private String read() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the approved output " + path, e);
        }
    }

    private void write(String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the approved output " + path, e);
        }
    }
}
