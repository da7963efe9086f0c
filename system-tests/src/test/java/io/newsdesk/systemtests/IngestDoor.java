package io.newsdesk.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the system tests' desks post a JSON submission to an ingest instance, as a newsroom client would:
 * with its token, a generous timeout, and no retry (what is not answered 202 was never promised); and
 * the tally of what came back.
 */
final class IngestDoor {
    /** The status of a request that got no HTTP answer at all. */
    static final int NO_ANSWER = 0;

    /** What came back: the status ({@link #NO_ANSWER} if none) and a 202's body, or why nothing came. */
    record Answer(int status, JsonNode accepted, String noAnswer) {
        boolean isAccepted() {
            return status == 202;
        }

        /** For the tally of answers: {@code 202}, {@code 503}, {@code no answer (ConnectException)}. */
        String label() {
            return noAnswer != null ? "no answer (" + noAnswer + ")" : Integer.toString(status);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token;
    private final Map<String, Integer> answers = new TreeMap<>();

    IngestDoor(String token) {
        this.token = token;
    }

    /**
     * Never throws for the network: a connection refused or reset is an answer too (none). Every answer is
     * tallied under {@code tallyPrefix} + its label.
     */
    Answer post(URI articles, ObjectNode json, String tallyPrefix) throws InterruptedException {
        Answer answer = send(articles, json);
        synchronized (answers) {
            answers.merge(tallyPrefix + answer.label(), 1, Integer::sum);
        }
        return answer;
    }

    /** Answers so far by label, e.g. {@code 202=812}, {@code no answer (ConnectException)=3}. */
    Map<String, Integer> answers() {
        synchronized (answers) {
            return new TreeMap<>(answers);
        }
    }

    private Answer send(URI articles, ObjectNode json) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(articles)
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json))).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.statusCode() == 202 ? Json.mapper().readTree(response.body()) : null;
            return new Answer(response.statusCode(), body, null);
        } catch (IOException e) {
            return new Answer(NO_ANSWER, null, e.getClass().getSimpleName());
        }
    }
}
