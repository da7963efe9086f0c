package io.newsdesk.enrich.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its function words: the share of words that belong to each
 * language's {@link LanguageProfiles} profile. A word found in several profiles ("de", "la", "a") counts for
 * each of them in proportion, so only distinctive words decide. Too short a text, or two languages too
 * close to call, give no answer rather than a wrong one. Pure and thread-safe.
 */
public final class LanguageDetector {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    /** Fewer function words than this is too little evidence (a headline, a caption). */
    static final double MIN_EVIDENCE = 3.0;
    /** The winner must beat the runner-up by this factor. */
    static final double MIN_MARGIN = 1.25;

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> BY_ISO_639_2 = new HashMap<>();

    static {
        for (String code : ISO_639_1) {
            BY_ISO_639_2.put(new Locale(code).getISO3Language(), code);
        }
    }

    private final Map<String, Double> weight = new HashMap<>();

    public LanguageDetector() {
        Map<String, Integer> profilesPerWord = new HashMap<>();
        for (String lang : LanguageProfiles.languages()) {
            LanguageProfiles.profile(lang).forEach(w -> profilesPerWord.merge(w, 1, Integer::sum));
        }
        profilesPerWord.forEach((w, n) -> weight.put(w, 1.0 / n));
    }

    /** The ISO 639-1 code of the text's language, or empty when the text does not say clearly. */
    public Optional<String> detect(String text) {
        List<String> words = Words.of(text);
        Map<String, Double> score = new HashMap<>();
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            Double share = weight.get(w);
            if (share == null) {
                continue;
            }
            for (String lang : LanguageProfiles.languages()) {
                if (LanguageProfiles.profile(lang).contains(w)) {
                    score.merge(lang, share, Double::sum);
                }
            }
        }
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                second = bestScore;
                best = e.getKey();
                bestScore = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || bestScore < MIN_EVIDENCE || bestScore < second * MIN_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The ISO 639-1 code in a BCP 47 tag as submitted ({@code en-US} → {@code en}, {@code deu} →
     * {@code de}), or empty when the tag names no known language.
     */
    public static Optional<String> isoCode(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String primary = TAG_SEPARATOR.split(languageTag.strip())[0].toLowerCase(Locale.ROOT);
        if (!LANGUAGE_CODE.matcher(primary).matches()) {
            return Optional.empty();
        }
        if (primary.length() == 2) {
            return ISO_639_1.contains(primary) ? Optional.of(primary) : Optional.empty();
        }
        return Optional.ofNullable(BY_ISO_639_2.get(primary));
    }
}
