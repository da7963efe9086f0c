package io.newsdesk.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists and gazetteers shipped under {@code src/main/resources}: UTF-8 text, one entry
 * per line (or whitespace-separated words), {@code #} starts a comment. A missing resource is a packaging
 * error and fails loudly rather than silently tagging with an empty list.
 */
public final class WordList {

    private WordList() {
    }

    /** Lines of a resource, trimmed, without comments and blank lines. */
    public static List<String> lines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the enrich jar");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return Collections.unmodifiableList(out);
    }

    /** The lines of a resource as a set: one entry per line, as written (an entry may be a phrase). */
    public static Set<String> set(String resource) {
        return Set.copyOf(lines(resource));
    }

    /** The {@code key|value} lines of a resource, in file order. */
    public static Map<String, String> table(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int bar = line.indexOf('|');
            if (bar <= 0 || bar == line.length() - 1) {
                throw new IllegalStateException("resource " + resource + ": not a key|value line: " + line);
            }
            if (out.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip()) != null) {
                throw new IllegalStateException("resource " + resource + ": key listed twice: " + line);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** All whitespace-separated words of a resource, lower case. */
    public static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                out.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
