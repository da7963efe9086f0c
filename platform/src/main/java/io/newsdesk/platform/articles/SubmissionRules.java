package io.newsdesk.platform.articles;

import io.newsdesk.schemas.Submission;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a {@link Submission} record acceptable, whoever wrote it. Ingest's HTTP door enforces the
 * same limits while parsing JSON (and names the JSON fields); enrich applies these rules to every record
 * on {@code articles.submitted}, because upstream systems that speak Kafka may write there directly, and
 * a record that breaks them goes to the dead-letter topic instead of being published.
 */
public final class SubmissionRules {
    public static final int MAX_SOURCE = 64;
    public static final int MAX_HEADLINE = 500;
    public static final int MAX_BYLINE = 300;
    public static final int MAX_SECTION = 100;
    public static final int MAX_EXTERNAL_ID = 512;
    public static final int MAX_URL = 2048;
    public static final int MAX_LANGUAGE = 35;
    public static final int MAX_CORRECTION_NOTE = 4000;
    /** Dates before this are typing errors, not history. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final int MAX_YEARS_AHEAD = 10;
    public static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_SOURCE - 1) + "}");
    public static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private SubmissionRules() {
    }

    /**
     * Whether the record's articleId is the one ingest derives from its source and externalId. Ingest
     * always writes derived ids; a producer writing to Kafka directly should too (so that its updates
     * and ingest's meet on one article), but the pipeline itself needs only that the key is the
     * articleId, which enrich checks, so this is advice, not a rule of {@link #problems}.
     */
    public static boolean hasDerivedArticleId(Submission s) {
        return s.getSource() != null && s.getExternalId() != null
                && ArticleIds.of(s.getSource(), s.getExternalId()).equals(s.getArticleId());
    }

    /** Every problem of the record, as {@code field: what is wrong}; empty when it is acceptable. */
    public static List<String> problems(Submission s, Instant now) {
        List<String> problems = new ArrayList<>();
        if (s.getSource() == null || !SOURCE.matcher(s.getSource()).matches()) {
            problems.add("source: must be 1 to " + MAX_SOURCE + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        text(problems, "externalId", s.getExternalId(), true, MAX_EXTERNAL_ID);
        if (s.getArticleId() == null || s.getArticleId().isBlank()) {
            problems.add("articleId: required");
        }
        // Enrich gives a record written with version 0 ("assigned by the log") its version before these
        // rules run, so what is checked here is the version the article will carry.
        if (s.getVersion() < 1) {
            problems.add("version: must be 1 or more");
        }
        if (s.getExpectedVersion() != null && s.getExpectedVersion() < 0) {
            problems.add("expectedVersion: must be 0 (a new article) or a version of the article");
        }
        if (s.getSubmissionId() == null || s.getSubmissionId().isBlank()) {
            problems.add("submissionId: required");
        }
        text(problems, "headline", s.getHeadline(), false, MAX_HEADLINE);
        if (s.getBody() == null || s.getBody().isBlank()) {
            problems.add("body: required and not empty");
        } else if (hasControlCharacters(s.getBody())) {
            problems.add("body: control characters other than tab and line breaks");
        }
        text(problems, "byline", s.getByline(), false, MAX_BYLINE);
        text(problems, "section", s.getSection(), false, MAX_SECTION);
        text(problems, "correctionNote", s.getCorrectionNote(), false, MAX_CORRECTION_NOTE);
        if (s.getLanguage() != null && (s.getLanguage().length() > MAX_LANGUAGE || !LANGUAGE.matcher(s.getLanguage()).matches())) {
            problems.add("language: not a BCP 47 language tag");
        }
        if (s.getUrl() != null && !isWebUrl(s.getUrl())) {
            problems.add("url: must be an absolute http or https URL of at most " + MAX_URL + " characters");
        }
        Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant();
        date(problems, "firstCreated", s.getFirstCreated(), latest);
        date(problems, "embargoedUntil", s.getEmbargoedUntil(), latest);
        if (s.getReceivedAt() == null) {
            problems.add("receivedAt: required");
        } else {
            date(problems, "receivedAt", s.getReceivedAt(), latest);
        }
        return problems;
    }

    private static void text(List<String> problems, String field, String value, boolean required, int max) {
        if (value == null) {
            if (required) {
                problems.add(field + ": required");
            }
            return;
        }
        if (value.isBlank()) {
            problems.add(field + ": must not be empty");
        } else if (value.length() > max) {
            problems.add(field + ": longer than " + max + " characters");
        } else if (hasControlCharacters(value)) {
            problems.add(field + ": control characters other than tab and line breaks");
        }
    }

    private static void date(List<String> problems, String field, Instant value, Instant latest) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(latest))) {
            problems.add(field + ": " + value + " is not between " + EARLIEST + " and " + MAX_YEARS_AHEAD + " years from now");
        }
    }

    static boolean hasControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWebUrl(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
