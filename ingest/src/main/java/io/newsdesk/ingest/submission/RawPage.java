package io.newsdesk.ingest.submission;

import io.newsdesk.schemas.BodyFormat;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page as a scraper hands it over (navigation, scripts and all), with what the request said about
 * it: the query parameters {@code source}, {@code url} and {@code externalId} (each null when absent),
 * the charset of the bytes and whether they are HTML or plain text.
 */
public record RawPage(byte[] content, Charset charset, BodyFormat format, String source, String url, String externalId) {
    public RawPage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(format, "format");
    }
}
