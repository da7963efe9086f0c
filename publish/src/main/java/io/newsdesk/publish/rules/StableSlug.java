package io.newsdesk.publish.rules;

import io.newsdesk.schemas.EnrichedArticle;

/**
 * Slug rule: an article keeps the slug of its first published version for good. A corrected headline
 * gives enrich a new slug, but the article's URL is already in feeds, sitemaps and readers' bookmarks.
 */
public final class StableSlug {
    private StableSlug() {
    }

    /**
     * @param keptSlug the slug of the article's published record so far, or null before its first
     *                 publication
     * @param incoming the version being published
     */
    public static String choose(String keptSlug, EnrichedArticle incoming) {
        if (keptSlug != null && !keptSlug.isBlank()) {
            return keptSlug;
        }
        String slug = incoming.getSlug();
        // enrich always sets a slug; an empty one (the schema default) still needs a working URL.
        return slug == null || slug.isBlank() ? incoming.getSubmission().getArticleId() : slug;
    }
}
