package io.newsdesk.enrich;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;

/** The project's own test articles (written for these tests, not taken from any outlet). */
public final class SampleArticles {
    public static final Instant RECEIVED = Instant.parse("2026-03-02T09:15:00Z");

    /** A scraped court story: page chrome around an {@code <article>}, a script, a relative link. */
    public static final String HARBOR_PILOT_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Harbor Pilot Cleared of Smuggling Charges | Riverside Ledger</title>
            <script>trackVisit();</script><style>p { color: red }</style></head>
            <body>
            <nav><a href="/">Home</a> <a href="/courts">Courts</a></nav>
            <header><p>Riverside Ledger</p></header>
            <article>
            <h1>Harbor Pilot Cleared of Smuggling Charges</h1>
            <p>A federal jury on Tuesday acquitted a harbor pilot accused of helping smugglers move cocaine
            through the port of Riverside.</p>
            <p>Prosecutors said the pilot, Dana Whitfield, guided two cargo ships past inspection points in 2023.
            "The evidence never showed she knew what was on board," said her lawyer, Dr. Mara Lopez.
            <a href="https://example.org/verdict" onclick="steal()">Read the verdict</a>.</p>
            <p>The U.S. Attorney's office said it respected the verdict. Smuggling cases at the port have doubled
            since 2021, according to court records.</p>
            </article>
            <footer><p>Copyright Riverside Ledger</p></footer>
            </body></html>
            """;

    /** The plain text the cleaner must make of {@link #HARBOR_PILOT_PAGE}: three paragraphs, 76 words. */
    public static final String HARBOR_PILOT_TEXT = """
            A federal jury on Tuesday acquitted a harbor pilot accused of helping smugglers move cocaine \
            through the port of Riverside.

            Prosecutors said the pilot, Dana Whitfield, guided two cargo ships past inspection points in 2023. \
            "The evidence never showed she knew what was on board," said her lawyer, Dr. Mara Lopez. \
            Read the verdict.

            The U.S. Attorney's office said it respected the verdict. Smuggling cases at the port have doubled \
            since 2021, according to court records.""";

    private SampleArticles() {
    }

    public static Submission.Builder submission(String articleId) {
        return Submission.newBuilder()
                .setArticleId(articleId)
                .setVersion(1)
                .setSubmissionId("00000000-0000-0000-0000-000000000001")
                .setSource("riverside-ledger")
                .setExternalId("ext-" + articleId)
                .setChannel(SubmissionChannel.API)
                .setBody("")
                .setBodyFormat(BodyFormat.TEXT)
                .setReceivedAt(RECEIVED);
    }

    /** The harbor pilot page as a scraper hands it over: no headline, no language. */
    public static Submission harborPilotPage(String articleId) {
        return submission(articleId)
                .setChannel(SubmissionChannel.RAW_PAGE)
                .setBody(HARBOR_PILOT_PAGE)
                .setBodyFormat(BodyFormat.HTML)
                .setUrl("https://riverside-ledger.example/courts/harbor-pilot")
                .build();
    }

    /** A short text submission with a headline. */
    public static Submission textArticle(String articleId, String headline, String body) {
        return submission(articleId).setHeadline(headline).setBody(body).build();
    }
}
