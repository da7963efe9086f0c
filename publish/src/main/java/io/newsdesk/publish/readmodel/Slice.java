package io.newsdesk.publish.readmodel;

import java.util.List;

/**
 * A page of a listing, as teasers, and how many live articles the listing holds in all.
 *
 * @param first the cursor of the first item (the "newer" link's), null when empty
 * @param last  the cursor of the last item (the "older" link's), null when empty
 */
public record Slice(List<Teaser> items, int total, Cursor first, Cursor last) {
    public Slice {
        items = List.copyOf(items);
    }

    public static Slice empty() {
        return new Slice(List.of(), 0, null, null);
    }
}
