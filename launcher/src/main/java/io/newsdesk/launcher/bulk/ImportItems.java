package io.newsdesk.launcher.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsdesk.launcher.http.SubmissionFile;
import io.newsdesk.platform.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits the files of an import into submissions, by file name:
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}: one JSON submission per line (blank lines skipped), keyed
 *       {@code file:LINE} (1-based, so an editor finds it);</li>
 *   <li>{@code .json}: one submission, or an array of them keyed {@code file[INDEX]};</li>
 *   <li>{@code .html}, {@code .htm}, {@code .txt}: a raw page whose URL is the page's own
 *       {@code <link rel="canonical">}/{@code og:url}, else {@code --url-prefix} + the file's path.</li>
 * </ul>
 * Whatever cannot become a request (a line that is not JSON, a page with no URL, a file of another
 * kind) is an item too, rejected with its reason, so that nothing in the input silently disappears.
 * Ingest judges the content itself; this only checks what it must to cut the input into requests.
 */
public final class ImportItems {
    private static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Optional<String> urlPrefix;

    /** @param urlPrefix the {@code --url-prefix} for raw pages that do not state their own address */
    public ImportItems(Optional<String> urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    public List<ImportItem> of(List<SourceFile> files) {
        List<ImportItem> items = new ArrayList<>();
        for (SourceFile file : files) {
            items.addAll(of(file));
        }
        return items;
    }

    public List<ImportItem> of(SourceFile file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return jsonLines(file);
        }
        if (name.endsWith(".json")) {
            return jsonFile(file);
        }
        Optional<SubmissionFile.Kind> kind = SubmissionFile.kindOf(Path.of(file.fileName()));
        if (kind.isPresent() && kind.get().rawPage()) {
            return List.of(rawPage(file, kind.get()));
        }
        return List.of(ImportItem.unsendable(file.name(), file.content(),
                "file: not a submission file (expected .jsonl, .ndjson, .json, .html, .htm or .txt)"));
    }

    private List<ImportItem> jsonLines(SourceFile file) {
        List<ImportItem> items = new ArrayList<>();
        String[] lines = utf8(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            String key = file.name() + ":" + (i + 1);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            Optional<String> problem = jsonProblem(line);
            items.add(problem.isPresent()
                    ? ImportItem.unsendable(key, bytes, "line " + (i + 1) + ": " + problem.get())
                    : ImportItem.sendable(key, SubmissionFile.Kind.JSON, bytes, Optional.empty()));
        }
        return items;
    }

    private List<ImportItem> jsonFile(SourceFile file) {
        JsonNode root;
        try {
            root = READER.readTree(utf8(file));
        } catch (JsonProcessingException e) {
            return List.of(ImportItem.unsendable(file.name(), file.content(), "file: " + describe(e)));
        }
        if (root == null || !root.isArray()) {
            // One submission: sent as written, so ingest's error positions match the file.
            return List.of(ImportItem.sendable(file.name(), SubmissionFile.Kind.JSON, file.content(), Optional.empty()));
        }
        List<ImportItem> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            items.add(ImportItem.sendable(file.name() + "[" + i + "]", SubmissionFile.Kind.JSON,
                    Json.write(root.get(i)).getBytes(StandardCharsets.UTF_8), Optional.empty()));
        }
        return items;
    }

    private ImportItem rawPage(SourceFile file, SubmissionFile.Kind kind) {
        // The page's own statement of its address wins over a guess from the file name: the URL is the
        // article's identity, and a page saved twice under different names is still one article.
        Optional<String> url = kind == SubmissionFile.Kind.HTML ? SubmissionFile.canonicalUrl(utf8(file)) : Optional.empty();
        if (url.isEmpty() && urlPrefix.isPresent()) {
            url = Optional.of(urlPrefix.get() + encodePath(file.name()));
        }
        if (url.isEmpty()) {
            return ImportItem.unsendable(file.name(), file.content(), "url: a raw page needs the URL it was scraped from; "
                    + (kind == SubmissionFile.Kind.HTML ? "the page has no <link rel=\"canonical\"> or og:url" : "a text file names none")
                    + ", so pass --url-prefix https://.../ to make one from the file name");
        }
        return ImportItem.sendable(file.name(), kind, file.content(), url);
    }

    private static Optional<String> jsonProblem(String line) {
        try {
            READER.readTree(line);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(describe(e));
        }
    }

    private static String describe(JsonProcessingException e) {
        return "not valid JSON (" + e.getOriginalMessage() + " at column "
                + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")";
    }

    private static String encodePath(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }

    private static String utf8(SourceFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
