package io.newsdesk.enrich.stage;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import java.util.List;
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
    static final Setting<Integer> MAX_KEYWORDS_SETTING = Setting.integer(MAX_KEYWORDS, 8, 1, 50, "keywords per article");
    static final Setting<Integer> SUMMARY_WORDS_SETTING = Setting.integer(SUMMARY_WORDS, 60, 10, 500,
            "length of the lede summary");

    /** The steps' settings as declared: keys, defaults, ranges and the README's meaning, once. */
    public static final List<Setting<?>> SETTINGS = List.of(MAX_KEYWORDS_SETTING, SUMMARY_WORDS_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public static AnalysisSettings defaults() {
        return from(ConfigSource.of(DEFAULTS));
    }

    public static AnalysisSettings from(ConfigSource config) {
        return new AnalysisSettings(MAX_KEYWORDS_SETTING.read(config), SUMMARY_WORDS_SETTING.read(config));
    }
}
