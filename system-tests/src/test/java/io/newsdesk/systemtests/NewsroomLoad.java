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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A newsroom posting to ingest over HTTP: new articles and updates of earlier ones (some of them
 * corrections), one submission per {@link #run()}; {@code run} may be called from several threads at once.
 * Remembers every submission ingest accepted (202) with the article id and version from the answer: the
 * ledger the chaos test checks the pipeline's output against. Anything else (503 while the broker restarts,
 * a timeout) is only counted: the newsroom would retry it, and it was never promised. Every answer is also
 * logged with when it was asked and answered ({@link #answers()}), to judge what ingest said when.
 */
final class NewsroomLoad implements Runnable {
    /** One accepted submission: what the answer said, and what we sent. */
    record Accepted(String articleId, long version, String headlineMarker, boolean correction) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI articles;
    private final String token;
    private final Random random = new Random(20_251_128L);
    private final List<String> externalIds = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> answers = new TreeMap<>();
    private final List<IngestAnswers.Answer> answerLog = new ArrayList<>();
    private int sent;

    NewsroomLoad(int ingestPort, String token) {
        this.articles = URI.create("http://127.0.0.1:" + ingestPort + "/v1/articles");
        this.token = token;
    }

    @Override
    public void run() {
        int n;
        String externalId;
        boolean correction;
        synchronized (this) {
            n = ++sent;
            boolean update = !externalIds.isEmpty() && random.nextInt(10) < 7;
            externalId = update ? externalIds.get(random.nextInt(externalIds.size())) : "chaos-story-" + n;
            if (!update) {
                externalIds.add(externalId);
            }
            correction = update && random.nextInt(10) == 0;
        }
        // The marker ties an event back to the very submission it publishes.
        String marker = "(desk item " + n + ")";
        ObjectNode json = Json.mapper().createObjectNode()
                .put("externalId", externalId)
                .put("headline", TestArticles.headline(n) + " " + marker)
                .put("body", TestArticles.body(n) + " Filed as desk item " + n + ".");
        if (correction) {
            json.put("correctionNote", "An earlier version misstated the date of the hearing (desk item " + n + ").");
        }
        Instant sentAt = Instant.now();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(articles)
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(json))).build(), HttpResponse.BodyHandlers.ofString());
            count(Integer.toString(response.statusCode()));
            log(new IngestAnswers.Answer(sentAt, Instant.now(), response.statusCode()));
            if (response.statusCode() == 202) {
                JsonNode answer = Json.mapper().readTree(response.body());
                synchronized (this) {
                    accepted.add(new Accepted(answer.get("articleId").asText(), answer.get("version").asLong(), marker, correction));
                }
            }
        } catch (IOException e) {
            count("no answer (" + e.getClass().getSimpleName() + ")");
            log(new IngestAnswers.Answer(sentAt, Instant.now(), IngestAnswers.NO_ANSWER));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void count(String answer) {
        answers.merge(answer, 1, Integer::sum);
    }

    private synchronized void log(IngestAnswers.Answer answer) {
        answerLog.add(answer);
    }

    /** Every answer so far, with when it was asked and answered. */
    synchronized IngestAnswers answerLog() {
        return new IngestAnswers(answerLog);
    }

    synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    synchronized Map<String, Integer> answers() {
        return new TreeMap<>(answers);
    }
}
