package io.newsdesk.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The decision which broker the tests run against, and the reason in words, so the test run can say
 * why it used what it used. A pure function of its inputs, so it is unit-tested without Docker or Kafka.
 */
record BrokerChoice(BrokerKind kind, String reason) {

    /**
     * An explicit choice wins (system property before environment variable, as a {@code -D} on the
     * command line is the more deliberate of the two); otherwise Testcontainers if Docker answers.
     *
     * @param propertyValue    value of {@link KafkaFixture#BROKER_PROPERTY}, may be null
     * @param environmentValue value of {@link KafkaFixture#BROKER_ENVIRONMENT_VARIABLE}, may be null
     * @param dockerAvailable  asked only when neither names a broker, since probing Docker takes time
     */
    static BrokerChoice choose(String propertyValue, String environmentValue, BooleanSupplier dockerAvailable) {
        if (isSet(propertyValue)) {
            return new BrokerChoice(parse(propertyValue, "system property " + KafkaFixture.BROKER_PROPERTY),
                    "system property " + KafkaFixture.BROKER_PROPERTY + "=" + propertyValue.strip());
        }
        if (isSet(environmentValue)) {
            return new BrokerChoice(parse(environmentValue, "environment variable " + KafkaFixture.BROKER_ENVIRONMENT_VARIABLE),
                    "environment variable " + KafkaFixture.BROKER_ENVIRONMENT_VARIABLE + "=" + environmentValue.strip());
        }
        if (dockerAvailable.getAsBoolean()) {
            return new BrokerChoice(BrokerKind.TESTCONTAINERS, "Docker is available");
        }
        return new BrokerChoice(BrokerKind.EMBEDDED, "Docker is not available");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static BrokerKind parse(String value, String source) {
        try {
            return BrokerKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(BrokerKind.values())
                    .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or "));
            throw new IllegalArgumentException(
                    source + " is '" + value + "'; it must be " + accepted + " (or unset to choose by Docker)", e);
        }
    }
}
