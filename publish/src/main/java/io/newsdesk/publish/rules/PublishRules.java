package io.newsdesk.publish.rules;

import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The publishing rules for one new version of an article (one the {@link VersionGate} accepted), as a
 * pure function of what is live, the version and the time:
 * <ul>
 *   <li>{@code USABLE} publishes, unless its embargo lies in the future: then it is held
 *       ({@link EmbargoGate}) and published by the embargo punctuator through this same function;</li>
 *   <li>{@code WITHHELD} holds the article back: a published article is unpublished (tombstone and
 *       WITHHELD event); an unpublished one stays unpublished;</li>
 *   <li>{@code CANCELED} is a retraction: a published or withheld article gets a RETRACTED tombstone and
 *       event;</li>
 *   <li>every non-usable or immediately published version drops what the embargo store held for the
 *       article, because it supersedes that older version.</li>
 * </ul>
 * A later usable version after a withholding or a retraction publishes the article again, under the
 * same slug: the latest version is the newsroom's latest decision.
 */
public final class PublishRules {
    private final Routes routes;

    public PublishRules(Routes routes) {
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    public Routes routes() {
        return routes;
    }

    /**
     * @param live     what is known about the article's publication, or null if it was never published
     * @param incoming the new version (or the held version whose embargo has ended)
     * @param now      the wall-clock time of the decision: embargo comparison, publishedAt, event time
     */
    public Decision decide(LiveArticle live, EnrichedArticle incoming, Instant now) {
        return switch (incoming.getSubmission().getPubStatus()) {
            case CANCELED -> unpublish(live, incoming, TombstoneReason.RETRACTED, now);
            case WITHHELD -> unpublish(live, incoming, TombstoneReason.WITHHELD, now);
            case USABLE -> EmbargoGate.holds(incoming, now)
                    ? Decision.hold("embargoed until " + incoming.getSubmission().getEmbargoedUntil())
                    : publish(live, incoming, now);
        };
    }

    private Decision publish(LiveArticle live, EnrichedArticle incoming, Instant now) {
        var submission = incoming.getSubmission();
        String slug = StableSlug.choose(live == null ? null : live.slug(), incoming);
        // The page renders the article from the record, so the kept slug goes inside it as well.
        EnrichedArticle article = withSlug(incoming, slug);
        PublishedArticle published = PublishedArticle.newBuilder()
                .setArticleId(submission.getArticleId())
                .setVersion(submission.getVersion())
                .setSlug(slug)
                .setFirstPublishedAt(live == null ? now : live.firstPublishedAt())
                .setPublishedAt(now)
                .setCorrections(CorrectionLog.after(live == null ? List.of() : live.corrections(), incoming))
                .setArticle(article)
                .build();
        boolean onSite = live != null && live.published();
        EventType type = ArticleEvents.publicationType(onSite, incoming);
        ArticleEvent event = ArticleEvents.of(type, incoming, slug, article.getContent().getHeadline(), now);
        List<String> slices = routes.slicesFor(article);
        // Slices already tombstoned by a withholding or retraction need no second tombstone.
        List<String> left = new ArrayList<>();
        if (onSite) {
            for (String s : live.slices()) {
                if (!slices.contains(s)) {
                    left.add(s);
                }
            }
        }
        return Decision.publish(published, event, slices, left,
                LiveArticle.of(LiveArticle.State.PUBLISHED, published, slices),
                type.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The incoming article with the kept slug, sharing every other field's value with it rather than
     * copying: {@code EnrichedArticle.newBuilder(incoming)} deep-copies each nested record and list (the
     * content, entities with their mentions, quotes, topics...), about as much as the whole article,
     * only to change one string. The incoming record is left as it is, so the rules stay a pure
     * function; the shared values are never changed by publish, whose records are immutable by
     * convention. Field by field through the schema, so a field added to the schema is carried too.
     */
    static EnrichedArticle withSlug(EnrichedArticle incoming, String slug) {
        EnrichedArticle article = new EnrichedArticle();
        int fields = EnrichedArticle.getClassSchema().getFields().size();
        for (int i = 0; i < fields; i++) {
            article.put(i, incoming.get(i));
        }
        article.setSlug(slug);
        return article;
    }

    private Decision unpublish(LiveArticle live, EnrichedArticle incoming, TombstoneReason reason, Instant now) {
        String verb = reason == TombstoneReason.RETRACTED ? "retraction" : "withholding";
        if (live == null) {
            return Decision.nothing(true, verb + " of an article that was never published");
        }
        if (reason == TombstoneReason.WITHHELD && !live.published()) {
            return Decision.nothing(true, verb + " of an article that is already " + live.state());
        }
        if (reason == TombstoneReason.RETRACTED && live.state() == LiveArticle.State.RETRACTED) {
            return Decision.nothing(true, verb + " of an article that is already retracted");
        }
        String headline = live.headline();
        EventType type = reason == TombstoneReason.RETRACTED ? EventType.RETRACTED : EventType.WITHHELD;
        ArticleEvent event = ArticleEvents.of(type, incoming, live.slug(),
                headline != null ? headline : incoming.getContent().getHeadline(), now);
        LiveArticle.State state = reason == TombstoneReason.RETRACTED
                ? LiveArticle.State.RETRACTED : LiveArticle.State.WITHHELD;
        // Keep the slices: a retraction after a withholding must reach the same slice topics again.
        return Decision.unpublish(reason, event, live.slices(), live.in(state),
                reason.name().toLowerCase(java.util.Locale.ROOT));
    }
}
