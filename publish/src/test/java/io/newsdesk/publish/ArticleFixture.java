package io.newsdesk.publish;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds enriched article versions for publish's tests: our own invented newsroom copy, with just the
 * fields the publishing rules read set explicitly.
 */
public final class ArticleFixture {
    public static final Instant RECEIVED = Instant.parse("2025-03-04T14:00:00Z");
    /** Media Topic "crime, law and justice" (top level) and a narrower concept under it. */
    public static final String CRIME = "medtop:02000000";
    public static final String COURT = "medtop:20000106";

    private final String articleId;
    private long version = 1;
    private Long expectedVersion;
    private String headline = "Harbor Township council approves new ferry schedule";
    private String slug;
    private PubStatus status = PubStatus.USABLE;
    private Instant embargoedUntil;
    private String correctionNote;
    private String source = "desk";
    private String section;
    private Instant receivedAt = RECEIVED;
    private final List<Subject> topics = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();

    private ArticleFixture(String articleId) {
        this.articleId = articleId;
        this.slug = "harbor-township-council-approves-new-ferry-schedule-" + articleId;
    }

    public static ArticleFixture article(String articleId) {
        return new ArticleFixture(articleId);
    }

    public ArticleFixture version(long version) {
        this.version = version;
        return this;
    }

    /** The version this update says it is based on (null: no check). */
    public ArticleFixture basedOn(Long expected) {
        this.expectedVersion = expected;
        return this;
    }

    public ArticleFixture headline(String headline) {
        this.headline = headline;
        return this;
    }

    public ArticleFixture slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ArticleFixture status(PubStatus status) {
        this.status = status;
        return this;
    }

    public ArticleFixture embargoedUntil(Instant until) {
        this.embargoedUntil = until;
        return this;
    }

    public ArticleFixture correction(String note) {
        this.correctionNote = note;
        return this;
    }

    public ArticleFixture source(String source) {
        this.source = source;
        return this;
    }

    public ArticleFixture section(String section) {
        this.section = section;
        return this;
    }

    public ArticleFixture receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public ArticleFixture keyword(String keyword) {
        keywords.add(keyword);
        return this;
    }

    /** A subject with its broader chain, nearest first. */
    public ArticleFixture topic(String code, String... broaderCodes) {
        List<SubjectRef> broader = new ArrayList<>();
        for (String b : broaderCodes) {
            broader.add(SubjectRef.newBuilder().setCode(b).setLabel("concept " + b).build());
        }
        topics.add(Subject.newBuilder().setCode(code).setLabel("concept " + code).setScore(80).setBroader(broader).build());
        return this;
    }

    /** A court story: a narrower court concept under crime, law and justice, in the courts section. */
    public ArticleFixture courtStory() {
        return headline("Appeals court orders new hearing in Millbrook zoning fraud case")
                .topic(COURT, CRIME).section("courts").keyword("zoning");
    }

    public EnrichedArticle build() {
        String body = "The vote came after two hours of public comment at the town hall on Tuesday evening.";
        Submission submission = Submission.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setExpectedVersion(expectedVersion)
                .setSubmissionId("sub-" + articleId + "-" + version)
                .setSource(source)
                .setExternalId("ext-" + articleId)
                .setHeadline(headline)
                .setBody(body)
                .setBodyFormat(BodyFormat.TEXT)
                .setSection(section)
                .setEmbargoedUntil(embargoedUntil)
                .setPubStatus(status)
                .setCorrectionNote(correctionNote)
                .setReceivedAt(receivedAt)
                .build();
        return EnrichedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline(headline).setText(body)
                        .setHtml("<p>" + body + "</p>").build())
                .setTopics(new ArrayList<>(topics))
                .setKeywords(new ArrayList<>(keywords))
                .setSlug(slug)
                .setWordCount(16)
                .setReadingTimeSeconds(5)
                .setEnrichedAt(receivedAt.plusSeconds(1))
                .build();
    }
}
