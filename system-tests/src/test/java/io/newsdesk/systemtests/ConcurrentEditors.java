package io.newsdesk.systemtests;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    private final List<URI> instances;
    private final IngestDoor door;
    private final int articles;
    private final long seed;
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Accepted> accepted = new ArrayList<>();
    /** The latest version the desk saw answered per external id: what a careful editor bases an update on. */
    private final Map<String, Long> deskView = new ConcurrentHashMap<>();

    ConcurrentEditors(List<Integer> ingestPorts, String token, int articles, long seed) {
        this.instances = ingestPorts.stream().map(p -> URI.create("http://127.0.0.1:" + p + "/v1/articles")).toList();
        this.door = new IngestDoor(token);
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
            IngestDoor.Answer answer = door.post(instances.get(instance), json, "ingest-" + instance + " ");
            if (answer.isAccepted()) {
                long version = answer.accepted().get("version").asLong();
                deskView.merge(externalId, version, Math::max);
                synchronized (this) {
                    accepted.add(new Accepted(answer.accepted().get("articleId").asText(), version,
                            answer.accepted().get("submissionId").asText(), basedOn, marker, instance));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Answers by instance and status, e.g. {@code ingest-1 202=812}. */
    Map<String, Integer> answers() {
        return door.answers();
    }

    int sent() {
        return sent.get();
    }
}
