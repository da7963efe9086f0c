package io.newsdesk.launcher.bulk;

import io.newsdesk.launcher.http.SubmissionFile;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One submission to post, or one that could not even be made into a request.
 *
 * @param key           stable name in the journal: the file's path, plus {@code :LINE} for a JSON-lines
 *                      line or {@code [INDEX]} for an element of a JSON array
 * @param kind          how ingest is sent it
 * @param content       the request body
 * @param url           a raw page's address (ingest derives the article id from it)
 * @param localProblems why it cannot be sent (broken JSON line, page without a URL); such an item is
 *                      rejected without a request, with these reasons
 */
public record ImportItem(String key, SubmissionFile.Kind kind, byte[] content, Optional<String> url,
                         List<String> localProblems) {

    public ImportItem {
        localProblems = List.copyOf(localProblems);
    }

    public static ImportItem sendable(String key, SubmissionFile.Kind kind, byte[] content, Optional<String> url) {
        return new ImportItem(key, kind, content, url, List.of());
    }

    public static ImportItem unsendable(String key, byte[] content, String problem) {
        return new ImportItem(key, SubmissionFile.Kind.JSON, content, Optional.empty(), List.of(problem));
    }

    public boolean sendable() {
        return localProblems.isEmpty();
    }

    /** The request as {@link io.newsdesk.launcher.http.IngestClient} posts it; the key stands in for the file. */
    public SubmissionFile asSubmission() {
        return new SubmissionFile(Path.of(key), kind, content, url);
    }

    /**
     * SHA-256 of the content: the journal keeps it so that an item whose file was edited since (a
     * rejected line fixed, an article updated) is sent again rather than skipped as already imported.
     */
    public String contentHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
