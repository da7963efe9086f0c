package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.schemas.PublishedArticle;

/**
 * A live article as the index keeps it: the published record and its body as {@link SafeBody} cleaned
 * it when the article was indexed.
 *
 * @param cleanBody the cleaned body from the index's column; null for a document indexed without it
 */
public record IndexedArticle(PublishedArticle article, String cleanBody) {
    /** The body as HTML a browser may render: kept cleaned in the index, else cleaned now. */
    public String bodyHtml() {
        if (cleanBody != null) {
            return cleanBody;
        }
        ArticleView view = new ArticleView(article);
        return SafeBody.html(view.rawBodyHtml(), view.bodyText());
    }
}
