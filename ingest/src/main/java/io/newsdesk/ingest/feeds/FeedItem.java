package io.newsdesk.ingest.feeds;

import java.time.Instant;

/**
 * One item of a feed, whatever its format (RSS 2.0, Atom, JSON Feed), as the feed said it: every field
 * may be missing. {@link FeedItemMapper} turns it into a submission.
 *
 * @param id        the feed's own id (RSS guid, Atom id, JSON Feed id), null when it gave none
 * @param body      the fullest text the item carries (content, else summary/description)
 * @param bodyIsHtml TRUE or FALSE when the feed declared the body's type, null when it did not
 * @param link      the item's web page, resolved against the feed's URL
 */
public record FeedItem(
        String id,
        String title,
        String body,
        Boolean bodyIsHtml,
        String link,
        String author,
        Instant published,
        Instant updated) {
}
