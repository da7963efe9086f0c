package io.newsdesk.publish.site;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Published articles for the site's tests and the browser tests, written for this project (a
 * fictional county court story), built the way publish emits them on {@code articles.published}.
 */
public final class TestArticles {
    /** 10:00 in New York (EDT) on a Friday. */
    public static final Instant T0 = Instant.parse("2025-03-14T14:00:00Z");

    public static final SubjectRef CRIME_LAW_JUSTICE = ref("medtop:02000000", "crime, law and justice");
    public static final SubjectRef CRIME = ref("medtop:20000082", "crime");
    public static final SubjectRef POLITICS = ref("medtop:11000000", "politics");

    private TestArticles() {
    }

    public static SubjectRef ref(String code, String label) {
        return SubjectRef.newBuilder().setCode(code).setLabel(label).build();
    }

    public static Subject drugTrafficking() {
        return Subject.newBuilder().setCode("medtop:20000096").setLabel("drug trafficking").setScore(91)
                .setBroader(List.of(CRIME, CRIME_LAW_JUSTICE)).build();
    }

    public static Subject lawEnforcement() {
        return Subject.newBuilder().setCode("medtop:20000121").setLabel("law enforcement").setScore(64)
                .setBroader(List.of(CRIME_LAW_JUSTICE)).build();
    }

    public static Subject elections() {
        return Subject.newBuilder().setCode("medtop:20000574").setLabel("election").setScore(80)
                .setBroader(List.of(POLITICS)).build();
    }

    public static Builder article(String id) {
        return new Builder(id);
    }

    /** A fluent builder with sensible defaults, so each test states only what it is about. */
    public static final class Builder {
        private final List<String> keywords = new ArrayList<>(List.of("pill press", "verdict"));
        private final String id;
        private long version = 1;
        private String slug;
        private Instant first = T0;
        private Instant published;
        private String headline = "County jury convicts courier in pill-press case";
        private String byline = "By Morgan Reyes";
        private String foundByline;
        private String summary = "A Harlow County jury found a delivery driver guilty of running pill presses from a rented garage.";
        private String text = "A Harlow County jury on Friday convicted a delivery driver of operating two pill presses.\n\n"
                + "\"The evidence was overwhelming,\" said District Attorney Lena Ortiz.";
        private String html = "<p>A Harlow County jury on Friday convicted a delivery driver of operating two pill presses.</p>"
                + "<blockquote><p>The evidence was overwhelming.</p></blockquote>";
        private String language = "en";
        private String url = "https://ledger.example/courts/pill-press-verdict";
        private final List<Subject> topics = new ArrayList<>(List.of(drugTrafficking(), lawEnforcement()));
        private final List<Entity> entities = new ArrayList<>(List.of(
                entity(EntityType.PERSON, "Lena Ortiz", null, List.of("District Attorney")),
                entity(EntityType.PLACE, "Ohio", "US-OH", List.of()),
                entity(EntityType.ORGANIZATION, "Harlow County Sheriff's Office", null, List.of())));
        private final List<Quote> quotes = new ArrayList<>(List.of(Quote.newBuilder()
                .setText("The evidence was overwhelming,").setSpeaker("Lena Ortiz")
                .setAttribution("said District Attorney Lena Ortiz").build()));
        private final List<CitedSource> cited = new ArrayList<>(List.of(CitedSource.newBuilder()
                .setName("Riverside Ledger").setMentionCount(2).setPhrases(List.of("the Riverside Ledger reported")).build()));
        private final List<Correction> corrections = new ArrayList<>();
        private Instant embargoedUntil;

        private Builder(String id) {
            this.id = id;
            this.slug = "pill-press-verdict-" + id;
        }

        public Builder version(long v) {
            this.version = v;
            return this;
        }

        public Builder slug(String s) {
            this.slug = s;
            return this;
        }

        public Builder firstPublished(Instant t) {
            this.first = t;
            return this;
        }

        public Builder published(Instant t) {
            this.published = t;
            return this;
        }

        public Builder headline(String h) {
            this.headline = h;
            return this;
        }

        public Builder byline(String b) {
            this.byline = b;
            return this;
        }

        /** The author line enrichment found in the page (ArticleContent.byline). */
        public Builder foundByline(String b) {
            this.foundByline = b;
            return this;
        }

        public Builder summary(String s) {
            this.summary = s;
            return this;
        }

        public Builder body(String html, String text) {
            this.html = html;
            this.text = text;
            return this;
        }

        public Builder language(String l) {
            this.language = l;
            return this;
        }

        public Builder url(String u) {
            this.url = u;
            return this;
        }

        public Builder topics(Subject... subjects) {
            this.topics.clear();
            this.topics.addAll(List.of(subjects));
            return this;
        }

        public Builder entities(Entity... list) {
            this.entities.clear();
            this.entities.addAll(List.of(list));
            return this;
        }

        public Builder quotes(Quote... list) {
            this.quotes.clear();
            this.quotes.addAll(List.of(list));
            return this;
        }

        public Builder cited(CitedSource... list) {
            this.cited.clear();
            this.cited.addAll(List.of(list));
            return this;
        }

        public Builder correction(long v, String note, Instant at) {
            this.corrections.add(Correction.newBuilder().setVersion(v).setNote(note).setAt(at).build());
            return this;
        }

        public Builder embargoedUntil(Instant t) {
            this.embargoedUntil = t;
            return this;
        }

        public Builder keywords(String... list) {
            this.keywords.clear();
            this.keywords.addAll(List.of(list));
            return this;
        }

        public PublishedArticle build() {
            Instant at = published == null ? first : published;
            Submission submission = Submission.newBuilder()
                    .setArticleId(id).setVersion(version).setSubmissionId("sub-" + id + "-" + version)
                    .setSource("ledger-cms").setExternalId("ext-" + id)
                    .setHeadline(headline).setBody(text).setByline(byline).setUrl(url)
                    .setLanguage(language).setSection("courts")
                    .setFirstCreated(first.minusSeconds(3600)).setEmbargoedUntil(embargoedUntil)
                    .setReceivedAt(at.minusSeconds(5)).build();
            EnrichedArticle enriched = EnrichedArticle.newBuilder()
                    .setSubmission(submission)
                    .setContent(ArticleContent.newBuilder().setHeadline(headline).setText(text).setHtml(html).setByline(foundByline).build())
                    .setTopics(topics).setKeywords(keywords)
                    .setSlug(slug).setSummary(summary)
                    .setWordCount(text.split("\\s+").length).setReadingTimeSeconds(Math.max(1, text.split("\\s+").length * 60 / 230))
                    .setLanguage(language).setEntities(entities).setQuotes(quotes).setCitedSources(cited)
                    .setFigures(List.of(Figure.newBuilder().setText("two pill presses").setValue(2.0).setCounts("pill presses")
                            .setKind(FigureKind.COUNT).build()))
                    .setProcessors(Map.of("test", "1"))
                    .setEnrichedAt(at.minusSeconds(1)).build();
            return PublishedArticle.newBuilder()
                    .setArticleId(id).setVersion(version).setSlug(slug)
                    .setFirstPublishedAt(first).setPublishedAt(at)
                    .setCorrections(corrections).setArticle(enriched).build();
        }
    }

    public static Entity entity(EntityType type, String name, String isoCode, List<String> titles) {
        return Entity.newBuilder().setType(type).setName(name).setIsoCode(isoCode).setTitles(titles)
                .setMentionCount(1).setSalience(0.5).build();
    }
}
