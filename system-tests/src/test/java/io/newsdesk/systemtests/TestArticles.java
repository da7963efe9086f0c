package io.newsdesk.systemtests;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Our own small crime-and-justice articles, written for these tests. */
final class TestArticles {
    static final List<String> HEADLINES = List.of(
            "County court clears backlog of bail hearings",
            "Appeals panel orders new trial in warehouse fraud case",
            "City council funds two more public defenders",
            "Jury acquits driver in harbour bridge collision",
            "Police review board publishes first annual report",
            "Judge limits use of body-camera footage at trial");
    static final List<String> BODIES = List.of(
            "The county court said on Tuesday that it had heard every bail application filed before March. "
                    + "Clerks worked two extra evenings a week, the presiding judge said.",
            "A three-judge panel ruled that the jury had not been told about a key receipt. "
                    + "Prosecutors said they would try the case again in the autumn.",
            "The council voted seven to two to pay for two public defenders. "
                    + "Defence lawyers said caseloads had doubled since last year.",
            "The jury deliberated for four hours before reaching its verdict. "
                    + "The driver's lawyer said the bridge lights had failed that night.",
            "The board reviewed forty complaints and upheld six of them. "
                    + "Its chair said the report would be published every January.",
            "The judge said footage could be shown only with the full audio track. "
                    + "Both sides had asked for clips, the court record shows.");

    private TestArticles() {
    }

    static String headline(int n) {
        return HEADLINES.get(Math.floorMod(n, HEADLINES.size()));
    }

    static String body(int n) {
        return BODIES.get(Math.floorMod(n, BODIES.size()));
    }

    /** A submission as ingest would write it, for tests that put records on the topics themselves. */
    static Submission submission(String articleId, long version, int n) {
        return Submission.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setSubmissionId(UUID.randomUUID().toString())
                .setSource("poison-desk")
                .setExternalId(articleId)
                .setChannel(SubmissionChannel.API)
                .setHeadline(headline(n) + " (" + articleId + ")")
                .setBody(body(n))
                .setBodyFormat(BodyFormat.TEXT)
                .setPubStatus(PubStatus.USABLE)
                .setReceivedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }
}
