package io.newsdesk.launcher.http;

import io.newsdesk.launcher.CommandFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A file to submit, as ingest will be sent it: a JSON submission ({@code .json}) or a raw page as a
 * scraper saved it ({@code .html}, {@code .htm} as HTML; {@code .txt} as plain text). Files are read as
 * UTF-8. A raw page needs the URL it was scraped from (ingest derives the article's id from it): the
 * {@code --url} given, else the page's own {@code <link rel="canonical">} or {@code og:url}.
 */
public record SubmissionFile(Path path, Kind kind, byte[] content, Optional<String> url) {

    public enum Kind {
        JSON("application/json"),
        HTML("text/html; charset=utf-8"),
        TEXT("text/plain; charset=utf-8");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public boolean rawPage() {
            return this != JSON;
        }
    }

    /** The kind a file name stands for, or empty for a name this tool does not know how to send. */
    public static Optional<Kind> kindOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(Kind.JSON);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(Kind.HTML);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(Kind.TEXT);
        }
        return Optional.empty();
    }

    /**
     * Reads a file.
     *
     * @param urlOverride the {@code --url} given for a raw page; ignored for JSON, which names its own
     */
    public static SubmissionFile read(Path path, Optional<String> urlOverride) throws CommandFailedException {
        SubmissionFile file = readWithoutUrl(path, urlOverride);
        if (file.kind().rawPage() && file.url().isEmpty()) {
            throw new CommandFailedException(path + ": a raw page needs the http(s) URL it was scraped from, and "
                    + (file.kind() == Kind.HTML ? "the page has no <link rel=\"canonical\"> or og:url" : "a text file names none")
                    + "; pass it with --url https://...");
        }
        return file;
    }

    /** As {@link #read}, but a raw page without a known address is returned with an empty url. */
    public static SubmissionFile readWithoutUrl(Path path, Optional<String> urlOverride) throws CommandFailedException {
        Kind kind = kindOf(path).orElseThrow(() -> new CommandFailedException(path
                + ": unknown kind of file; use .json for a submission, .html/.htm or .txt for a raw page"));
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(path + ": no such file");
        } catch (IOException e) {
            throw new CommandFailedException(path + ": cannot read: " + e, e);
        }
        if (!kind.rawPage()) {
            return new SubmissionFile(path, kind, content, Optional.empty());
        }
        Optional<String> url = urlOverride.isPresent() ? urlOverride
                : kind == Kind.HTML ? canonicalUrl(new String(content, StandardCharsets.UTF_8)) : Optional.empty();
        return new SubmissionFile(path, kind, content, url);
    }

    /** The page's own statement of its address: {@code <link rel="canonical">}, else {@code og:url}. */
    public static Optional<String> canonicalUrl(String html) {
        Document page = Jsoup.parse(html);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return Optional.of(canonical.attr("href").strip());
        }
        Element openGraph = page.selectFirst("meta[property=og:url][content]");
        if (openGraph != null && !openGraph.attr("content").isBlank()) {
            return Optional.of(openGraph.attr("content").strip());
        }
        return Optional.empty();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
