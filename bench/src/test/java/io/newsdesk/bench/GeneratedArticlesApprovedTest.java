package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.json.AvroJson;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.testkit.approval.ApprovedFile;
import io.newsdesk.testkit.approval.ApprovedJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * What the enrich service makes of the benchmark's generated articles, approved: {@value #ARTICLES}
 * articles of the benchmark's default seed (1-10 KB, names, titles, quotes, figures, datelines), as one line
 * of per-field fingerprints each, and the first {@value #IN_FULL} in full (but their clean text and HTML).
 * The benchmark measures the enrich stages on exactly these texts, so a refactoring for speed or for
 * clarity must leave them as approved; a deliberate change re-approves (see {@link ApprovedFile}):
 * <pre>
 * mvn -B -pl bench -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GeneratedArticlesApprovedTest -Dnewsdesk.approve=true
 * </pre>
 */
class GeneratedArticlesApprovedTest {
    static final int ARTICLES = 2000;
    static final int IN_FULL = 60;
    private static final long SEED = 42L;
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @Test
    void generatedArticlesEnrichAsApproved() {
        ArticleProcessor production = StandardProcessors.create(AnalysisSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        ArticleGenerator generator = new ArticleGenerator(SEED);
        StringBuilder digests = new StringBuilder();
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            EnrichedArticle out = production.process(generator.article(i).toSubmission("bench", "sub-" + i, NOW));
            JsonNode json = AvroJson.toJson(out);
            ((ObjectNode) json).remove("submission");
            digests.append(i).append(' ').append(ApprovedJson.digestLine(json, "content")).append('\n');
            if (i < IN_FULL) {
                ObjectNode content = (ObjectNode) json.get("content");
                for (String field : new String[] {"text", "html"}) {
                    String value = content.get(field).asText();
                    content.put(field, value.length() + " chars, " + ApprovedFile.digest(value));
                }
                full.append(ApprovedFile.SECTION_MARK).append("article ").append(i).append('\n').append(ApprovedJson.pretty(json)).append('\n');
            }
        }
        ApprovedFile.named("generated-articles-digests.txt").verify(digests.toString());
        ApprovedFile.named("generated-articles-full.txt").verify(full.toString());
    }
}
