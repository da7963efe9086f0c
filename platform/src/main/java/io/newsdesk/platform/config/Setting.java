package io.newsdesk.platform.config;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting, declared once: its key, its default, what it means, and how a value is read and checked. The
 * service reads its value with {@link #read(ConfigSource)}, the defaults layer of {@link ConfigSource#load} is
 * {@link #defaults(Collection)} of a service's table, and {@code DocumentationTest} holds the README's
 * configuration table to the same declarations (key, default, meaning), so no default is written twice.
 * The model is Kafka's {@code ConfigDef}: name, type, default, validator and doc in one place.
 *
 * <p>A value that does not parse fails with the key, the requirement and the value as given, e.g.
 * {@code NEWSDESK_INGEST_PORT: must be a whole number between 0 and 65535, was 'abc'} (secret values masked).
 *
 * @param key          the environment-style name, the same in the environment, the properties file and the README
 * @param defaultValue the default as text, parsed like any configured value; null when there is none
 *                     (the setting is then absent unless configured, see {@link #readOptional})
 * @param shownDefault the README's default column when the default is not a value (e.g. "Streams' default");
 *                     null to show the value itself
 * @param meaning      the README's meaning column
 * @param keepsBlank   whether a value configured blank is read as blank (e.g. "no routes") rather than as absent
 *                     (the default then)
 * @param parser       text to value; throws {@link IllegalArgumentException} whose message is the requirement
 *                     ("must be ...")
 * @param <T>          the type the service uses
 */
public record Setting<T>(String key, String defaultValue, String shownDefault, String meaning, boolean keepsBlank,
                         Function<String, T> parser) {

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(parser, "parser");
        if (defaultValue != null && !defaultValue.isBlank()) {
            // A default that its own setting refuses would only fail at someone's start-up.
            parse(key, parser, defaultValue);
        }
    }

    /** Text as given (stripped); blank counts as the default. */
    public static Setting<String> text(String key, String defaultValue, String meaning) {
        return new Setting<>(key, defaultValue, null, meaning, false, v -> v);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting<Integer> integer(String key, int defaultValue, int min, int max, String meaning) {
        String requirement = "must be a whole number between " + min + " and " + max;
        return new Setting<>(key, Integer.toString(defaultValue), null, meaning, false, v -> {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(requirement);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(requirement);
            }
            return n;
        });
    }

    /** A TCP port to listen on or connect to, {@code min} 0 where 0 picks a free one. */
    public static Setting<Integer> port(String key, int defaultValue, int min, String meaning) {
        return integer(key, defaultValue, min, 65_535, meaning);
    }

    /**
     * A duration from {@code min} to {@code max}, written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h},
     * {@code 1d} or in ISO-8601 ({@code PT30S}).
     */
    public static Setting<Duration> duration(String key, String defaultValue, Duration min, Duration max, String meaning) {
        String requirement = "must be a duration between " + DurationText.format(min) + " and " + DurationText.format(max)
                + " (e.g. 30s, 5m, PT1H)";
        return new Setting<>(key, defaultValue, null, meaning, false, v -> {
            Duration d = DurationText.parse(v).orElseThrow(() -> new IllegalArgumentException(requirement));
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(requirement);
            }
            return d;
        });
    }

    /** Any other type: {@code parser} throws {@link IllegalArgumentException} with the requirement as its message. */
    public static <T> Setting<T> of(String key, String defaultValue, String meaning, Function<String, T> parser) {
        return new Setting<>(key, defaultValue, null, meaning, false, parser);
    }

    /** The same setting, where a value configured blank means blank (e.g. "no routes"), not the default. */
    public Setting<T> blankIsAValue() {
        return new Setting<>(key, defaultValue, shownDefault, meaning, true, parser);
    }

    /** The same setting with one more check: a value {@code valid} refuses fails with {@code requirement}. */
    public Setting<T> andRequire(Predicate<T> valid, String requirement) {
        return new Setting<>(key, defaultValue, shownDefault, meaning, keepsBlank, text -> {
            T value = parser.apply(text);
            if (!valid.test(value)) {
                throw new IllegalArgumentException(requirement);
            }
            return value;
        });
    }

    /** The same setting, shown in the README's default column as {@code description} instead of its value. */
    public Setting<T> shownAs(String description) {
        return new Setting<>(key, defaultValue, description, meaning, keepsBlank, parser);
    }

    /**
     * The configured value, else the default, parsed.
     *
     * @throws ConfigException naming the key, the requirement and the value; or "is required" when the setting
     *                         has no default and is not configured
     */
    public T read(ConfigSource config) {
        return readOptional(config).orElseThrow(() -> new ConfigException(key, null, "is required"));
    }

    /** As {@link #read}, but empty when neither configured nor defaulted. */
    public Optional<T> readOptional(ConfigSource config) {
        Optional<String> value = config.optional(key);
        if (value.isEmpty() && keepsBlank && config.asMap().containsKey(key)) {
            return Optional.of(parse(key, parser, ""));
        }
        if (value.isEmpty() && defaultValue != null) {
            return Optional.of(parse(key, parser, defaultValue.strip()));
        }
        return value.map(v -> parse(key, parser, v));
    }

    /** The README's default column: the description, or the value in backticks, "empty", or blank for none. */
    public String documentedDefault() {
        if (shownDefault != null) {
            return shownDefault;
        }
        if (defaultValue == null) {
            return "";
        }
        return defaultValue.isEmpty() ? "empty" : "`" + defaultValue + "`";
    }

    /** The defaults layer of a service's table: every key with a default. */
    public static Map<String, String> defaults(Collection<? extends Setting<?>> settings) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            if (s.defaultValue != null) {
                defaults.put(s.key, s.defaultValue);
            }
        }
        return Map.copyOf(defaults);
    }

    /** Several tables as one, each setting once (a service's table includes the shared ones it reads). */
    @SafeVarargs
    public static List<Setting<?>> table(Collection<? extends Setting<?>>... tables) {
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        for (Collection<? extends Setting<?>> t : tables) {
            for (Setting<?> s : t) {
                Setting<?> earlier = byKey.putIfAbsent(s.key, s);
                if (earlier != null && earlier != s) {
                    throw new IllegalStateException(s.key + " is declared twice; declare it once and share the declaration");
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private static <T> T parse(String key, Function<String, T> parser, String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ConfigException.invalid(key, value, e.getMessage());
        }
    }
}
