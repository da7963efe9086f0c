package io.newsdesk.enrich.approved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.enrich.evaluation.EnrichmentFixture;
import io.newsdesk.enrich.evaluation.SamplePageTest;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.testkit.approval.ApprovedFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The production line-up's whole output for the project's own articles, approved: the hand-annotated
 * evaluation set and the sample articles in full (every entity, mention, quote, figure, topic and
 * keyword), so that no refactoring changes what a reader or an editor sees. A deliberate change re-approves
 * the file (see {@link ApprovedFile}) and shows up in review as a diff of the data.
 */
class ApprovedEnrichmentTest {

    private final ArticleProcessor production = ApprovedOutputs.production();

    @Test
    void theEvaluationArticlesEnrichAsApproved() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/evaluation/articles.json")) {
            root = new ObjectMapper().readTree(in);
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode a : root.get("articles")) {
            String id = a.get("id").asText();
            var submission = EnrichmentFixture.submission(id, a.get("headline").isNull() ? null : a.get("headline").asText(),
                    a.get("body").asText(), SubmissionChannel.valueOf(a.get("channel").asText()),
                    BodyFormat.valueOf(a.get("format").asText()));
            out.append(ApprovedOutputs.section(id, ApprovedOutputs.pretty(production.process(submission))));
        }
        ApprovedFile.named("evaluation-articles.txt").verify(out.toString());
    }

    @Test
    void theSampleArticlesEnrichAsApproved() {
        StringBuilder out = new StringBuilder();
        out.append(ApprovedOutputs.section("harbor-pilot-page",
                ApprovedOutputs.pretty(production.process(SampleArticles.harborPilotPage("harbor-pilot-page")))));
        out.append(ApprovedOutputs.section("harbor-pilot-text", ApprovedOutputs.pretty(production.process(
                SampleArticles.textArticle("harbor-pilot-text", "Harbor Pilot Cleared of Smuggling Charges",
                        SampleArticles.HARBOR_PILOT_TEXT)))));
        ApprovedFile.named("sample-articles.txt").verify(out.toString());
    }

    /**
     * The shared sample page is not ours to copy into the repository, so only fingerprints of its output
     * are approved; skipped where the page is absent, as {@link SamplePageTest} is.
     */
    @Test
    void theSharedSamplePageEnrichesAsApproved() throws Exception {
        Optional<Path> page = SamplePageTest.findPage();
        Assumptions.assumeTrue(page.isPresent(), "sample page " + SamplePageTest.PAGE + " is not present");
        var submission = EnrichmentFixture.submission("sample", null, Files.readString(page.get()),
                SubmissionChannel.RAW_PAGE, BodyFormat.TEXT);
        ApprovedFile.named("shared-sample-page.txt").verify(ApprovedOutputs.digestLine(production.process(submission))
                .replace(' ', '\n'));
    }
}
