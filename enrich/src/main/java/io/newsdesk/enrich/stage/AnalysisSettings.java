package io.newsdesk.enrich.stage;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;

/**
 * The knobs of the processing steps themselves, apart from Kafka: the offline {@code ./newsdesk enrich
 * FILE} needs them without a broker, so they are not part of the service-only settings.
 *
 * @param maxKeywords  at most this many keywords per article ({@code NEWSDESK_ENRICH_MAX_KEYWORDS})
 * @param summaryWords the lede summary holds at most this many words ({@code NEWSDESK_ENRICH_SUMMARY_WORDS})
 */
public record AnalysisSettings(int maxKeywords, int summaryWords) {
    public static final String MAX_KEYWORDS = "NEWSDESK_ENRICH_MAX_KEYWORDS";
    public static final String SUMMARY_WORDS = "NEWSDESK_ENRICH_SUMMARY_WORDS";
    public static final Map<String, String> DEFAULTS = Map.of(MAX_KEYWORDS, "8", SUMMARY_WORDS, "60");

    public static AnalysisSettings defaults() {
        return from(ConfigSource.of(DEFAULTS));
    }

    public static AnalysisSettings from(ConfigSource config) {
        int maxKeywords = config.integer(MAX_KEYWORDS, 8);
        if (maxKeywords < 1 || maxKeywords > 50) {
            throw new ConfigException(MAX_KEYWORDS, Integer.toString(maxKeywords), "must be between 1 and 50");
        }
        int summaryWords = config.integer(SUMMARY_WORDS, 60);
        if (summaryWords < 10 || summaryWords > 500) {
            throw new ConfigException(SUMMARY_WORDS, Integer.toString(summaryWords), "must be between 10 and 500");
        }
        return new AnalysisSettings(maxKeywords, summaryWords);
    }
}
