package io.newsdesk.platform.articles;

import io.newsdesk.schemas.Submission;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule book of what a submission may hold, whoever checks it: ingest's HTTP door and feed
 * poller (through {@code SubmissionParser}, which maps JSON and raw pages to fields and asks these rules
 * of each), and enrich, which holds every record on {@code articles.submitted} to {@link #problems}
 * because systems that speak Kafka may write there directly. A rule stated once cannot disagree with
 * itself: anything ingest accepts, enrich accepts (a property test holds the two to that).
 *
 * <p>Lengths are counted in characters as a reader counts them, Unicode code points: an emoji is one
 * character, not the two UTF-16 units Java stores it in. Every problem is one {@code "field: what is
 * wrong"} line, so a client can fix all of them in one round trip and a dead letter names them all.
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
    /** Dates before this are typos (0025 for 2025) or epoch-zero defaults, not news. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final int MAX_YEARS_AHEAD = 10;
    public static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_SOURCE - 1) + "}");
    /** What a source name may look like, as a problem says it. */
    public static final String SOURCE_RULE = "must be 1-" + MAX_SOURCE
            + " letters, digits, '.', '_' or '-', starting with a letter or digit";
    public static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    static final String LANGUAGE_RULE = "not a BCP 47 language tag such as \"en\" or \"en-GB\"";
    static final String URL_RULE = "must be an absolute http or https URL";

    /** Chars {@link #checkText} copies at a time: 1 KB of scratch per field, however long the field. */
    private static final int TEXT_CHUNK = 512;

    /**
     * The text fields of a submission with their limits. {@code multiline}: line breaks and tabs are
     * allowed (a body, a correction note); elsewhere a field is one line.
     */
    public enum TextField {
        SOURCE("source", MAX_SOURCE, false),
        EXTERNAL_ID("externalId", MAX_EXTERNAL_ID, false),
        HEADLINE("headline", MAX_HEADLINE, false),
        BODY("body", Integer.MAX_VALUE, true),
        BYLINE("byline", MAX_BYLINE, false),
        URL("url", MAX_URL, false),
        LANGUAGE("language", MAX_LANGUAGE, false),
        SECTION("section", MAX_SECTION, false),
        CORRECTION_NOTE("correctionNote", MAX_CORRECTION_NOTE, true);

        private final String field;
        private final int maxLength;
        private final boolean multiline;

        TextField(String field, int maxLength, boolean multiline) {
            this.field = field;
            this.maxLength = maxLength;
            this.multiline = multiline;
        }

        /** The field's name in JSON and in problems. */
        public String field() {
            return field;
        }

        public boolean multiline() {
            return multiline;
        }

        /** The most characters (code points) it may hold. */
        public int maxLength() {
            return maxLength;
        }
    }

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
        present(TextField.SOURCE, s.getSource(), true, problems);
        present(TextField.EXTERNAL_ID, s.getExternalId(), true, problems);
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
        present(TextField.HEADLINE, s.getHeadline(), false, problems);
        present(TextField.BODY, s.getBody(), true, problems);
        present(TextField.BYLINE, s.getByline(), false, problems);
        present(TextField.SECTION, s.getSection(), false, problems);
        present(TextField.CORRECTION_NOTE, s.getCorrectionNote(), false, problems);
        present(TextField.LANGUAGE, s.getLanguage(), false, problems);
        present(TextField.URL, s.getUrl(), false, problems);
        Instant latest = latest(now);
        checkDate("firstCreated", s.getFirstCreated(), latest, problems);
        checkDate("embargoedUntil", s.getEmbargoedUntil(), latest, problems);
        if (s.getReceivedAt() == null) {
            problems.add("receivedAt: required");
        } else {
            checkDate("receivedAt", s.getReceivedAt(), latest, problems);
        }
        return problems;
    }

    /** A field of a record: absent (null) is fine unless required; present, it must be a valid value. */
    private static void present(TextField field, String value, boolean required, List<String> problems) {
        if (value == null) {
            if (required) {
                problems.add(field.field() + ": required");
            }
        } else if (value.isBlank()) {
            problems.add(field.field() + ": must not be empty");
        } else {
            check(field, value, problems);
        }
    }

    /**
     * Every rule of a non-blank value of {@code field}: its characters ({@link #checkText}), its length in
     * code points, and what the field's own rule says (a source name, a language tag, a web URL).
     * Returns whether it found no problem.
     */
    public static boolean check(TextField field, String value, List<String> problems) {
        return check(field, value, true, problems);
    }

    /**
     * {@link #check(TextField, String, List)}, with the character check left out when the caller has proved
     * the value holds no refused character ({@code checkCharacters} false): ingest's door proves that of a
     * whole request from its bytes, which spares a long body a second pass.
     */
    public static boolean check(TextField field, String value, boolean checkCharacters, List<String> problems) {
        int before = problems.size();
        if (checkCharacters) {
            checkText(field.field(), value, field.multiline(), problems);
        }
        if (longerThan(value, field.maxLength())) {
            problems.add(field.field() + ": longer than " + field.maxLength() + " characters");
        }
        if (problems.size() > before) {
            return false;
        }
        switch (field) {
            case SOURCE -> {
                if (!SOURCE.matcher(value).matches()) {
                    problems.add("source: " + SOURCE_RULE);
                }
            }
            case LANGUAGE -> {
                if (!LANGUAGE.matcher(value).matches()) {
                    problems.add("language: " + LANGUAGE_RULE);
                }
            }
            case URL -> checkUrl(field.field(), value, problems);
            default -> { }
        }
        return problems.size() == before;
    }

    /** More than {@code max} code points; {@code Integer.MAX_VALUE} means no limit. */
    static boolean longerThan(String value, int max) {
        // no string has more code points than chars: most values are decided without counting
        return max != Integer.MAX_VALUE && value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    /**
     * Control characters (other than line breaks and tabs in multi-line fields) and unpaired surrogates
     * have no place in an article and break consumers downstream (XML feeds, terminals). Adds at most one
     * problem, naming the first such character and its position (in chars).
     */
    public static void checkText(String field, String value, boolean multiline, List<String> problems) {
        // Bulk copies into a small array, then plain array reads with the common case decided by two range
        // tests: this runs on every field of every request at ingest's door (see BENCHMARKS.md).
        int length = value.length();
        char[] chunk = new char[Math.min(length, TEXT_CHUNK)];
        int i = 0;
        while (i < length) {
            int chunkStart = i;
            int chunkEnd = Math.min(length, chunkStart + TEXT_CHUNK);
            value.getChars(chunkStart, chunkEnd, chunk, 0);
            while (i < chunkEnd) {
                char c = chunk[i - chunkStart];
                if (c >= 0x20 && (c < 0x7F || (c > 0x9F && c < Character.MIN_SURROGATE) || c > Character.MAX_SURROGATE)) {
                    i++;
                    continue;
                }
                // The partner of a high surrogate may be the first char of the next chunk: read it from
                // the String, and let the next chunk start after it.
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i += 2;
                } else if (Character.isSurrogate(c)) {
                    problems.add(field + ": contains an unpaired surrogate (U+" + hex(c) + ") at position " + i);
                    return;
                } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                    problems.add(field + ": contains control character U+" + hex(c) + " at position " + i
                            + (multiline ? " (only \\n, \\r and \\t are allowed)" : " (must be a single line)"));
                    return;
                } else {
                    i++;
                }
            }
        }
    }

    /** An absolute http(s) URL with a host and no credentials in it; adds at most one problem. */
    static void checkUrl(String field, String url, List<String> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(field + ": " + URL_RULE);
            } else if (uri.getRawUserInfo() != null) {
                problems.add(field + ": must not contain credentials (user:password@)");
            }
        } catch (URISyntaxException e) {
            problems.add(field + ": " + URL_RULE + " (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    /** Whether {@code url} is a link a submission may carry: what the {@code url} field accepts. */
    public static boolean isWebUrl(String url) {
        return url != null && !url.isBlank() && check(TextField.URL, url, new ArrayList<>());
    }

    /** The latest date a submission may name: {@link #MAX_YEARS_AHEAD} years after {@code now}. */
    public static Instant latest(Instant now) {
        return now.atOffset(ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant();
    }

    /** A date must lie between {@link #EARLIEST} and {@code latest} ({@link #latest} of now). */
    public static boolean checkDate(String field, Instant value, Instant latest, List<String> problems) {
        if (value == null) {
            return true;
        }
        if (value.isBefore(EARLIEST)) {
            problems.add(field + ": " + value + " is before " + EARLIEST + " (a typo?)");
            return false;
        }
        if (value.isAfter(latest)) {
            problems.add(field + ": " + value + " is more than " + MAX_YEARS_AHEAD + " years ahead (a typo?)");
            return false;
        }
        return true;
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }
}
