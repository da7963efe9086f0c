package io.newsdesk.systemtests;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A newsroom posting to ingest over HTTP: new articles and updates of earlier ones (some of them
 * corrections), one submission per {@link #run()}; {@code run} may be called from several threads at once.
 * Remembers every submission ingest accepted (202) with the article id and version from the answer: the
 * ledger the chaos test checks the pipeline's output against. Anything else (503 while the broker restarts,
 * a timeout) is only counted: the newsroom would retry it, and it was never promised. Every answer is also
 * logged with when it was asked and answered ({@link #answerLog()}), to judge what ingest said when.
 */
final class NewsroomLoad implements Runnable {
    /** One accepted submission: what the answer said, and what we sent. */
    record Accepted(String articleId, long version, String headlineMarker, boolean correction) {
    }

    private final URI articles;
    private final IngestDoor door;
    private final Random random = new Random(20_251_128L);
    private final List<String> externalIds = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final List<IngestAnswers.Answer> answerLog = new ArrayList<>();
    private int sent;

    NewsroomLoad(int ingestPort, String token) {
        this.articles = URI.create("http://127.0.0.1:" + ingestPort + "/v1/articles");
        this.door = new IngestDoor(token);
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
            IngestDoor.Answer answer = door.post(articles, json, "");
            log(new IngestAnswers.Answer(sentAt, Instant.now(), answer.status()));
            if (answer.isAccepted()) {
                synchronized (this) {
                    accepted.add(new Accepted(answer.accepted().get("articleId").asText(),
                            answer.accepted().get("version").asLong(), marker, correction));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    Map<String, Integer> answers() {
        return door.answers();
    }
}
