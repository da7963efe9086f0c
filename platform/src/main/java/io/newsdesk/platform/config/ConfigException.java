package io.newsdesk.platform.config;

/** A configuration value is missing or malformed; the message names the key. */
public class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String value, String problem) {
        super(key + (value == null ? "" : "=" + Secrets.mask(key, value)) + " " + problem);
        this.key = key;
    }

    /**
     * A value its setting refuses: {@code NEWSDESK_INGEST_PORT: must be a whole number between 0 and 65535, was 'abc'}
     * (a secret value is masked).
     */
    public static ConfigException invalid(String key, String value, String requirement) {
        return new ConfigException(key, key + ": " + requirement + ", was '" + Secrets.mask(key, value) + "'");
    }

    private ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
