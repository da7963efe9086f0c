package io.newsdesk.bench;

import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The archive benchmark's articles as publish writes them to {@code articles.published}: the generator's
 * 1–10 KB stories with a light stand-in for enrichment (one or two IPTC Media Topics with their broader
 * concepts, a person, a place and an organisation, keywords, the lede as summary, paragraphs as HTML), so
 * the record has the shape and size of a real one without running enrich for a million articles.
 *
 * <p>Deterministic in the index: article {@code i} always has the same id, slug and first publication, so
 * the readers can ask for any of them without keeping a list. One article every three minutes, ending now:
 * a million articles span five and a half years of months for the sitemaps.
 */
final class ArchiveArticles {
    static final String[] SOURCES = {"ledger-cms", "wire", "partner-feed"};
    static final Duration SPACING = Duration.ofMinutes(3);
    /** Topic codes the readers open, each with its label and broader chain. */
    static final List<Subject> TOPICS = List.of(
            subject("medtop:20000082", "crime", "medtop:02000000", "crime, law and justice"),
            subject("medtop:20000121", "law enforcement", "medtop:02000000", "crime, law and justice"),
            subject("medtop:20000574", "election", "medtop:11000000", "politics"),
            subject("medtop:20000621", "local government", "medtop:11000000", "politics"),
            subject("medtop:20000344", "business enterprise", "medtop:04000000", "economy, business and finance"),
            subject("medtop:20000446", "health facility", "medtop:07000000", "health"),
            subject("medtop:20000413", "school", "medtop:05000000", "education"),
            subject("medtop:20000420", "weather forecast", "medtop:17000000", "weather"),
            subject("medtop:20000418", "natural disaster", "medtop:03000000", "disaster, accident and emergency incident"),
            subject("medtop:20000440", "transport", "medtop:04000000", "economy, business and finance"));
    private static final String[] PLACES = {"Harlow County", "Millbrook", "Riverside", "Ohio", "Lake Erie", "Columbus"};
    private static final String[] ORGANIZATIONS = {"City Council", "County Sheriff's Office", "State Board of Education",
            "Riverside Hospital", "Harbor Authority", "District Court"};

    private final ArticleGenerator generator;
    private final Instant start;

    /** @param end the first publication of the newest article */
    ArchiveArticles(long seed, int count, Instant end) {
        this.generator = new ArticleGenerator(seed);
        this.start = end.minus(SPACING.multipliedBy(count - 1L));
    }

    static String articleId(int i) {
        return ArticleIds.of(SOURCES[i % SOURCES.length], "archive-" + i);
    }

    static String slug(int i) {
        return "story-" + i;
    }

    Instant firstPublished(int i) {
        return start.plus(SPACING.multipliedBy(i));
    }

    PublishedArticle article(int i) {
        GeneratedArticle g = generator.article(i);
        Random random = new Random(i * 0x9E3779B97F4A7C15L + 7);
        String source = SOURCES[i % SOURCES.length];
        Instant first = firstPublished(i);
        Submission submission = g.withExternalId("archive-" + i).toSubmission(source, "archive-" + i, first.minusSeconds(2));
        List<Subject> topics = new ArrayList<>(List.of(TOPICS.get(random.nextInt(TOPICS.size()))));
        if (random.nextBoolean()) {
            Subject second = TOPICS.get(random.nextInt(TOPICS.size()));
            if (!topics.contains(second)) {
                topics.add(second);
            }
        }
        String byline = g.byline() == null ? "Staff" : g.byline().replaceFirst("(?i)^by\\s+", "");
        List<Entity> entities = List.of(entity(EntityType.PERSON, byline),
                entity(EntityType.PLACE, PLACES[random.nextInt(PLACES.length)]),
                entity(EntityType.ORGANIZATION, ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]));
        String[] paragraphs = g.body().split("\n\n");
        StringBuilder html = new StringBuilder(g.body().length() + 64);
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
        }
        int words = g.body().split("\\s+").length;
        EnrichedArticle enriched = EnrichedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline(g.headline()).setText(g.body()).setHtml(html.toString()).build())
                .setTopics(topics)
                .setKeywords(keywords(g.headline()))
                .setSlug(slug(i))
                .setSummary(lede(paragraphs[0]))
                .setWordCount(words)
                .setReadingTimeSeconds(Math.max(1, words * 60 / 230))
                .setLanguage("en")
                .setEntities(entities)
                .setProcessors(Map.of("bench-archive", "1"))
                .setEnrichedAt(first.minusSeconds(1))
                .build();
        return PublishedArticle.newBuilder()
                .setArticleId(articleId(i)).setVersion(1).setSlug(slug(i))
                .setFirstPublishedAt(first).setPublishedAt(first)
                .setCorrections(List.of()).setArticle(enriched).build();
    }

    private static Subject subject(String code, String label, String broaderCode, String broaderLabel) {
        return Subject.newBuilder().setCode(code).setLabel(label).setScore(80)
                .setBroader(List.of(SubjectRef.newBuilder().setCode(broaderCode).setLabel(broaderLabel).build())).build();
    }

    private static Entity entity(EntityType type, String name) {
        return Entity.newBuilder().setType(type).setName(name).setMentionCount(1).setSalience(0.5).build();
    }

    private static List<String> keywords(String headline) {
        List<String> out = new ArrayList<>();
        for (String word : headline.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() > 4 && !out.contains(word) && out.size() < 4) {
                out.add(word);
            }
        }
        return out;
    }

    private static String lede(String paragraph) {
        int stop = paragraph.indexOf(". ");
        String sentence = stop > 0 ? paragraph.substring(0, stop + 1) : paragraph;
        return sentence.length() > 300 ? sentence.substring(0, 297) + "..." : sentence;
    }
}
