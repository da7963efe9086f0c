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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Editors updating the same few articles at once, each update through an ingest instance picked at
 * random: the load of the multi-instance test. Half of them are careful: they say which version their
 * update is based on (the latest the desk has seen answered for the article), so an update that
 * crossed another one is refused by publish as a conflict. The others overwrite blindly.
 *
 * <p>Every 202 goes into the ledger with what the answer said (article, version, submission id) and
 * what was sent (the base version, the marker in the headline): what {@link MultiIngestAudit} checks the
 * pipeline's output against. Anything else (connection refused by the instance that was killed, 503) is
 * only counted: it was never promised.
 */
final class ConcurrentEditors {
    /** One accepted update. */
    record Accepted(String articleId, long version, String submissionId, Long basedOn, String marker, int instance) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<URI> instances;
    private final String token;
    private final int articles;
    private final long seed;
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> answers = new TreeMap<>();
    /** The latest version the desk saw answered per external id: what a careful editor bases an update on. */
    private final Map<String, Long> deskView = new ConcurrentHashMap<>();

    ConcurrentEditors(List<Integer> ingestPorts, String token, int articles, long seed) {
        this.instances = ingestPorts.stream().map(p -> URI.create("http://127.0.0.1:" + p + "/v1/articles")).toList();
        this.token = token;
        this.articles = articles;
        this.seed = seed;
    }

    /** Editor {@code index}'s next update, one per run; even editors are careful. */
    Runnable editor(int index) {
        Random random = new Random(seed + index);
        boolean careful = index % 2 == 0;
        return () -> update(random, careful);
    }

    private void update(Random random, boolean careful) {
        int n = sent.incrementAndGet();
        String externalId = "shared-story-" + random.nextInt(articles);
        int instance = random.nextInt(instances.size());
        Long basedOn = careful ? deskView.get(externalId) : null;
        // The marker ties an event or a dead letter back to the very update it carries.
        String marker = "(edit " + n + ")";
        ObjectNode json = Json.mapper().createObjectNode()
                .put("externalId", externalId)
                .put("headline", TestArticles.headline(n) + " " + marker)
                .put("body", TestArticles.body(n) + " Update " + n + ".");
        if (basedOn != null) {
            json.put("version", basedOn);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(instances.get(instance))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json))).build(), HttpResponse.BodyHandlers.ofString());
            count("ingest-" + instance + " " + response.statusCode());
            if (response.statusCode() == 202) {
                JsonNode answer = Json.mapper().readTree(response.body());
                long version = answer.get("version").asLong();
                deskView.merge(externalId, version, Math::max);
                synchronized (this) {
                    accepted.add(new Accepted(answer.get("articleId").asText(), version,
                            answer.get("submissionId").asText(), basedOn, marker, instance));
                }
            }
        } catch (IOException e) {
            count("ingest-" + instance + " no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void count(String answer) {
        answers.merge(answer, 1, Integer::sum);
    }

    synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Answers by instance and status, e.g. {@code ingest-1 202=812}. */
    synchronized Map<String, Integer> answers() {
        return new TreeMap<>(answers);
    }

    int sent() {
        return sent.get();
    }
}
