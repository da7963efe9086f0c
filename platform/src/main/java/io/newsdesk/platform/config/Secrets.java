package io.newsdesk.platform.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Decides which configuration values are secret, so that logs and errors never show them. */
public final class Secrets {
    private static final String[] SECRET_WORDS = {"password", "secret", "token", "jaas", "credential", "key.password"};

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (k.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public static String mask(String key, String value) {
        return isSecret(key) && value != null && !value.isEmpty() ? "****" : value;
    }

    /** A copy fit for a log line: secret values replaced by {@code ****}, keys sorted. */
    public static Map<String, String> masked(Map<String, ?> config) {
        Map<String, String> out = new TreeMap<>();
        config.forEach((k, v) -> out.put(k, mask(k, v == null ? null : String.valueOf(v))));
        return out;
    }
}
