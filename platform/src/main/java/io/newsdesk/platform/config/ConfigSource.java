package io.newsdesk.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Configuration as one pure function: defaults, then an optional properties file
 * ({@code NEWSDESK_CONFIG_FILE}), then the environment, later layers winning. Keys are written as
 * environment variables everywhere ({@code NEWSDESK_INGEST_PORT}), so the file, the README's table and
 * docker-compose.yml use the same names. Typed getters fail with the key's name and the bad value.
 */
public final class ConfigSource {
    public static final String CONFIG_FILE_KEY = "NEWSDESK_CONFIG_FILE";
    /** Read by {@link #load} itself, before any service's settings. */
    public static final Setting<String> CONFIG_FILE = Setting.text(CONFIG_FILE_KEY, null,
            "a properties file with any of these keys");

    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Layers defaults, the file named by {@code NEWSDESK_CONFIG_FILE} (if any) and the environment. */
    public static ConfigSource load(Map<String, String> defaults, Map<String, String> environment) {
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        String file = environment.get(CONFIG_FILE_KEY);
        if (file != null && !file.isBlank()) {
            merged.putAll(readPropertiesFile(Path.of(file)));
        }
        environment.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new ConfigSource(merged);
    }

    /** For tests and embedding: exactly these values. */
    public static ConfigSource of(Map<String, String> values) {
        return new ConfigSource(values);
    }

    /** A copy with some values replaced: how the launcher points every service at one broker. */
    public ConfigSource with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new ConfigSource(merged);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> optional(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String string(String key) {
        return optional(key).orElseThrow(() -> new ConfigException(key, null, "is required"));
    }

    public String string(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public int integer(String key, int fallback) {
        return optional(key).map(v -> parseInt(key, v)).orElse(fallback);
    }

    public long longValue(String key, long fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value.get(), "is not a whole number");
        }
    }

    public boolean bool(String key, boolean fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(key, value.get(), "is not true or false");
        };
    }

    /** A duration in ISO-8601 ({@code PT30S}) or as a number with a unit suffix: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}. */
    public Duration duration(String key, Duration fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return DurationText.parse(value.get())
                .orElseThrow(() -> new ConfigException(key, value.get(), "is not a duration (e.g. 30s, 5m, PT1H)"));
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "is not a whole number");
        }
    }

    private static Map<String, String> readPropertiesFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG_FILE_KEY + "=" + file, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
