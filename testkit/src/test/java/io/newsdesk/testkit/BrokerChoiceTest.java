package io.newsdesk.testkit;

import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokerChoiceTest {

    private static final BooleanSupplier DOCKER_MUST_NOT_BE_PROBED = () -> {
        throw new AssertionError("an explicit choice must not wait for a Docker probe");
    };

    @Test
    void systemPropertyWinsOverEnvironmentVariableAndDocker() {
        BrokerChoice choice = BrokerChoice.choose("embedded", "testcontainers", DOCKER_MUST_NOT_BE_PROBED);

        assertEquals(BrokerKind.EMBEDDED, choice.kind());
        assertEquals("system property newsdesk.test.broker=embedded", choice.reason());
    }

    @Test
    void environmentVariableIsUsedWhenNoPropertyIsSet() {
        BrokerChoice choice = BrokerChoice.choose(null, " Testcontainers ", DOCKER_MUST_NOT_BE_PROBED);

        assertEquals(BrokerKind.TESTCONTAINERS, choice.kind());
        assertEquals("environment variable NEWSDESK_TEST_BROKER=Testcontainers", choice.reason());
    }

    @Test
    void blankOverridesFallBackToTheDockerProbe() {
        assertEquals(new BrokerChoice(BrokerKind.TESTCONTAINERS, "Docker is available"),
                BrokerChoice.choose(" ", "", () -> true));
    }

    @Test
    void withoutDockerTheEmbeddedBrokerIsChosen() {
        assertEquals(new BrokerChoice(BrokerKind.EMBEDDED, "Docker is not available"),
                BrokerChoice.choose(null, null, () -> false));
    }

    @Test
    void aClusterIsOnlyEverChosenExplicitly() {
        assertEquals(BrokerKind.CLUSTER, BrokerChoice.choose("cluster", null, DOCKER_MUST_NOT_BE_PROBED).kind());
        assertEquals(BrokerKind.CLUSTER, BrokerChoice.choose(null, "CLUSTER", DOCKER_MUST_NOT_BE_PROBED).kind());
    }

    @Test
    void anUnknownValueIsRejectedWithTheAcceptedOnes() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> BrokerChoice.choose("docker", null, DOCKER_MUST_NOT_BE_PROBED));

        assertTrue(rejected.getMessage().contains("'docker'"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("embedded or testcontainers or cluster"), rejected.getMessage());
    }
}
