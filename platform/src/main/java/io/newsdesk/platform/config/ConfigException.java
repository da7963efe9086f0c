package io.newsdesk.platform.config;

/** A configuration value is missing or malformed; the message names the key. */
public class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String value, String problem) {
        super(key + (value == null ? "" : "=" + Secrets.mask(key, value)) + " " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
