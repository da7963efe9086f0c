package io.newsdesk.enrich.article;

import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article's URL path segment: up to {@value #MAX_WORDS} lower-case ASCII words of the headline,
 * then a short suffix derived from the articleId, e.g. {@code court-frees-harbor-pilot-a1b2c3d4}.
 *
 * <p>Why this shape: a reader-facing URL should say what the story is, and must not change when the
 * story is updated. Enrichment is stateless and sees one version at a time, so it cannot know the first
 * version's headline. The suffix makes the slug unique per article whatever the headline; when an update
 * changes the headline, the slug computed here changes its words, and publish keeps the slug of the
 * first version it published (the suffix lets it recognise the same article). Without a headline the
 * text's first words stand in; without either the slug is {@code article-<suffix>}.
 */
public final class SlugEnricher implements Enricher {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern INNER_PERIOD = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    public static final int MAX_WORDS = 8;
    /** Keeps URLs readable; words past this length are dropped whole. */
    static final int MAX_WORD_CHARS = 60;
    /** 8 hex digits of SHA-256: a collision needs the same headline words too. */
    static final int SUFFIX_CHARS = 8;

    @Override
    public String name() {
        return "slug";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        String headline = article.getContent().getHeadline();
        if (headline == null || headline.isBlank()) {
            headline = article.getSubmission().getHeadline();
        }
        if (headline == null || headline.isBlank()) {
            headline = article.getContent().getText();
        }
        article.setSlug(slug(headline, article.getSubmission().getArticleId()));
    }

    public static String slug(String headline, String articleId) {
        List<String> words = new ArrayList<>();
        int chars = 0;
        for (String word : asciiWords(headline)) {
            if (words.size() == MAX_WORDS || chars + word.length() > MAX_WORD_CHARS) {
                break;
            }
            words.add(word);
            chars += word.length() + 1;
        }
        String stem = words.isEmpty() ? "article" : String.join("-", words);
        return stem + "-" + suffix(articleId);
    }

    /** Accents folded (é → e), everything but letters and digits dropped, apostrophes and inner dots joined (don't → dont, U.S. → us). */
    static List<String> asciiWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("ł", "l").replace("Ł", "l");
        String folded = INNER_PERIOD.matcher(APOSTROPHES.matcher(unmarked).replaceAll("")).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String w : NON_ALNUM.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The part of the slug that depends only on the article, the same for every version. */
    public static String suffix(String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, SUFFIX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
