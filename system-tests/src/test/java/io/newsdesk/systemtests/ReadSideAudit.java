package io.newsdesk.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.PublishedArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The read side against its source of truth: a publish instance's API ({@code GET /v1/articles/{id}}, served
 * from its own read model) must serve every live article on {@code articles.published} at its latest version,
 * with the headline of that very submission (its desk-item marker), and must not serve a removed one.
 */
final class ReadSideAudit {
    private static final Pattern MARKER = Pattern.compile("\\(desk item \\d+\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int checked;
    final List<String> problems;

    private ReadSideAudit(int checked, List<String> problems) {
        this.checked = checked;
        this.problems = problems;
    }

    /** Asks the instance on {@code port} for every article of {@code published} (read whole, in offset order). */
    static ReadSideAudit of(List<ConsumerRecord<String, PublishedArticle>> published, int port) {
        Map<String, PublishedArticle> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, PublishedArticle> record : published) {
            latest.put(record.key(), record.value());
        }
        List<String> problems = new ArrayList<>();
        latest.forEach((articleId, article) -> {
            String problem = check(port, articleId, article);
            if (problem != null && problems.size() < 20) {
                problems.add(problem);
            }
        });
        return new ReadSideAudit(latest.size(), problems);
    }

    boolean consistent() {
        return problems.isEmpty();
    }

    private static String check(int port, String articleId, PublishedArticle article) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/articles/" + articleId))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return articleId + ": no answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return articleId + ": interrupted";
        }
        if (article == null) {
            return response.statusCode() == 200 ? articleId + ": removed on articles.published, still served" : null;
        }
        if (response.statusCode() != 200) {
            return articleId + ": version " + article.getVersion() + " on articles.published, API answers "
                    + response.statusCode();
        }
        try {
            JsonNode ninjs = Json.mapper().readTree(response.body());
            String version = ninjs.path("version").asText();
            String headline = ninjs.path("headlines").path(0).path("value").asText();
            Matcher marker = MARKER.matcher(article.getArticle().getSubmission().getHeadline());
            if (!version.equals(Long.toString(article.getVersion()))) {
                return articleId + ": version " + article.getVersion() + " on articles.published, API serves " + version;
            }
            if (marker.find() && !headline.contains(marker.group())) {
                return articleId + ": API serves headline '" + headline + "', not the one of " + marker.group();
            }
            return null;
        } catch (IOException e) {
            return articleId + ": API answered unreadable JSON: " + e.getMessage();
        }
    }

    @Override
    public String toString() {
        return checked + " articles checked, " + problems.size() + " inconsistent";
    }
}
