package io.newsdesk.enrich.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commonest function words of the languages Newsdesk detects (ISO 639-1 codes), lower case, one list per
 * language under {@code /lexicon/languages/}: the {@link LanguageDetector}'s profiles. The words that say which
 * language a text is in are exactly the words that say nothing about what it is about.
 */
public final class LanguageProfiles {
    /** In this order; the detector's answer does not depend on it. */
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl");
    private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

    static {
        for (String language : LANGUAGES) {
            PROFILES.put(language, WordList.words("/lexicon/languages/" + language + ".txt"));
        }
    }

    private LanguageProfiles() {
    }

    /** The languages with a profile, in a fixed order. */
    public static Set<String> languages() {
        return PROFILES.keySet();
    }

    /** The function words of one language; empty for a language without a profile. */
    public static Set<String> profile(String language) {
        return PROFILES.getOrDefault(language, Set.of());
    }
}
