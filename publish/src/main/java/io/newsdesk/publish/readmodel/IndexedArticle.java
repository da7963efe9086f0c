package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.schemas.PublishedArticle;

/**
 * A live article as the index keeps it: the published record and its body as {@link SafeBody} cleaned
 * it when the article was indexed; or, for what never shows a body (the search API's partial items), the
 * record {@linkplain #withoutBody without it}.
 *
 * @param cleanBody the cleaned body from the index's column; null for a document indexed without it
 * @param withBody  false when the record was read without its body: then {@link #bodyHtml()} refuses
 */
public record IndexedArticle(PublishedArticle article, String cleanBody, boolean withBody) {
    public IndexedArticle(PublishedArticle article, String cleanBody) {
        this(article, cleanBody, true);
    }

    /** @param article a record whose body was left out ({@code ArticleFields.withoutBody}) */
    static IndexedArticle withoutBody(PublishedArticle article) {
        return new IndexedArticle(article, null, false);
    }

    /**
     * The body as HTML a browser may render: kept cleaned in the index, else cleaned now.
     *
     * @throws IllegalStateException when the article was read without its body (an empty body would be shown)
     */
    public String bodyHtml() {
        if (!withBody) {
            throw new IllegalStateException("article " + article.getArticleId() + " was read without its body");
        }
        if (cleanBody != null) {
            return cleanBody;
        }
        ArticleView view = new ArticleView(article);
        return SafeBody.html(view.rawBodyHtml(), view.bodyText());
    }
}
