package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.schemas.PublishedArticle;
import java.util.Objects;

/**
 * A live article as the index keeps it: the published record, or the record without its body where only
 * the cleaned body is shown (the article page, the search API's partial items; read from a column of its
 * own, {@code ArticleFields.ARTICLE_WITHOUT_BODY}), and the body as {@link SafeBody} cleaned it when the
 * article was indexed.
 *
 * @param cleanBody   the cleaned body from the index's column; null when it was not read
 * @param wholeRecord false when {@code article} is the record without its body: its body fields are empty
 *                    (but the text, where {@link #withBodies} put it back), and the body is {@code cleanBody}
 */
public record IndexedArticle(PublishedArticle article, String cleanBody, boolean wholeRecord) {
    public IndexedArticle(PublishedArticle article, String cleanBody) {
        this(article, cleanBody, true);
    }

    /**
     * @param recordWithoutBody the record as {@code ArticleFields.withoutBody} left it
     * @param cleanBody         the cleaned body, or null where none is shown
     */
    static IndexedArticle withoutBody(PublishedArticle recordWithoutBody, String cleanBody) {
        return new IndexedArticle(recordWithoutBody, cleanBody, false);
    }

    /**
     * An article with both of its bodies as the API gives them, read from columns: the record without its body,
     * its text put back, and the cleaned HTML. Decoding each result's whole stored record instead (its body
     * in it three times, in a compressed block shared with its neighbours) was most of what a search for
     * whole items cost beyond one for partial items.
     *
     * @param recordWithoutBody the record as {@code ArticleFields.withoutBody} left it; its text is set
     */
    static IndexedArticle withBodies(PublishedArticle recordWithoutBody, String cleanBody, String bodyText) {
        if (recordWithoutBody.getArticle().getContent() != null) {
            recordWithoutBody.getArticle().getContent().setText(bodyText);
        }
        return new IndexedArticle(recordWithoutBody, Objects.requireNonNull(cleanBody, "cleanBody"), false);
    }

    /**
     * The body as HTML a browser may render: kept cleaned in the index, else cleaned now.
     *
     * @throws IllegalStateException when the record was read without its body and the cleaned body was not
     *                               read either (an empty body would be shown)
     */
    public String bodyHtml() {
        if (cleanBody != null) {
            return cleanBody;
        }
        if (!wholeRecord) {
            throw new IllegalStateException("article " + article.getArticleId() + " was read without its body");
        }
        ArticleView view = new ArticleView(article);
        return SafeBody.html(view.rawBodyHtml(), view.bodyText());
    }
}
