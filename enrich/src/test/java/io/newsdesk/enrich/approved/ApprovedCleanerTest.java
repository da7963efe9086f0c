package io.newsdesk.enrich.approved;

import io.newsdesk.enrich.page.NewsPageCleaner;
import io.newsdesk.enrich.text.SampleTexts;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.testkit.approval.ApprovedFile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cleaner's content (headline, text, HTML, removed boilerplate) for thousands of generated plain-text
 * bodies of every channel, approved by fingerprint: odd whitespace, markup-like text, entities, controls,
 * surrogates and noncharacters, blank bodies. A change names the body number and the field.
 */
class ApprovedCleanerTest {

    private final NewsPageCleaner cleaner = new NewsPageCleaner();

    @Test
    void generatedTextBodiesCleanAsApproved() {
        StringBuilder out = new StringBuilder();
        SubmissionChannel[] channels = SubmissionChannel.values();
        List<String> bodies = SampleTexts.randomBodies(20261128L, 3000);
        for (int n = 0; n < bodies.size(); n++) {
            SubmissionChannel channel = channels[n % channels.length];
            out.append(n).append(' ').append(channel).append(' ')
                    .append(ApprovedOutputs.digestLine(cleaner.clean(submission(bodies.get(n), channel, BodyFormat.TEXT)))).append('\n');
        }
        for (String body : new String[] {"", " ", "\n\n\n", "\r\n \t\r\n", "\u00a0", "\u3000\u2028"}) {
            out.append("blank ").append(ApprovedOutputs.digestLine(cleaner.clean(submission(body, SubmissionChannel.API,
                    BodyFormat.TEXT)))).append('\n');
        }
        out.append("html ").append(ApprovedOutputs.pretty(cleaner.clean(submission(
                "<p>A &amp; B</p><ul><li>one</li></ul>Loose & text", SubmissionChannel.API, BodyFormat.HTML))));
        ApprovedFile.named("cleaner-bodies.txt").verify(out.toString());
    }

    private static Submission submission(String body, SubmissionChannel channel, BodyFormat format) {
        return Submission.newBuilder().setArticleId("a1").setVersion(1).setSubmissionId("s1").setSource("test")
                .setExternalId("e1").setChannel(channel).setHeadline(null).setBody(body).setBodyFormat(format)
                .setReceivedAt(Instant.EPOCH).build();
    }
}
