package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The archive as sitemaps list it: one sitemap per month of first publication (UTC), split into parts of
 * at most {@link #URLS_PER_SITEMAP} addresses, each address with its last modification. Reads only the
 * index's columns (slug, times), never the stored articles, so a month of 50,000 articles is cheap.
 */
public final class SitemapQueries {
    /** The sitemap protocol's limit of URLs per file. */
    public static final int URLS_PER_SITEMAP = 50_000;
    private static final int CHUNK = 5_000;
    private static final Sort EARLIEST_FIRST = ArticleQueries.EARLIEST_FIRST;
    private static final Sort LATEST_CHANGE = new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true));

    /** One sitemap file: a month's part (1 for the first 50,000 articles) and its newest change. */
    public record MonthSitemap(YearMonth month, int part, Instant lastModified) {
    }

    /** One address in a sitemap: the article's slug and when it last changed. */
    public record Entry(String slug, Instant lastModified) {
    }

    private final SearcherManager searchers;
    private final int partSize;

    SitemapQueries(SearcherManager searchers) {
        this(searchers, URLS_PER_SITEMAP);
    }

    private SitemapQueries(SearcherManager searchers, int partSize) {
        this.searchers = searchers;
        this.partSize = partSize;
    }

    /** The same queries with smaller parts, so a test can split a month without 50,000 articles. */
    SitemapQueries withPartSize(int size) {
        return new SitemapQueries(searchers, size);
    }

    /** Every sitemap of the archive, oldest month first; months without a live article have none. */
    public List<MonthSitemap> months() {
        return ArticleQueries.read(searchers, s -> {
            List<MonthSitemap> out = new ArrayList<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), ArticleFields.MONTH);
            if (terms == null) {
                return out;
            }
            TermsEnum months = terms.iterator();
            for (BytesRef term = months.next(); term != null; term = months.next()) {
                String month = term.utf8ToString();
                Query live = ArticleQueries.live(new TermQuery(new Term(ArticleFields.MONTH, month)));
                // The term stays until a merge drops deleted documents: count what is live now.
                int count = s.count(live);
                if (count == 0) {
                    continue;
                }
                FieldDoc newest = (FieldDoc) s.search(live, 1, LATEST_CHANGE).scoreDocs[0];
                Instant lastModified = Instant.ofEpochMilli((Long) newest.fields[0]);
                for (int part = 1; (long) (part - 1) * partSize < count; part++) {
                    out.add(new MonthSitemap(YearMonth.parse(month), part, lastModified));
                }
            }
            return out;
        });
    }

    /**
     * The addresses in one month's part, in order of first publication; empty for a part the month
     * does not have.
     */
    public List<Entry> entries(YearMonth month, int part) {
        if (part < 1) {
            return List.of();
        }
        Query live = ArticleQueries.live(new TermQuery(new Term(ArticleFields.MONTH, month.toString())));
        long skip = (long) (part - 1) * partSize;
        return ArticleQueries.read(searchers, s -> {
            List<Entry> out = new ArrayList<>();
            long seen = 0;
            ScoreDoc after = null;
            // Chunks of a few thousand: the part is walked without holding a month's hits at once.
            int chunk = Math.min(CHUNK, partSize);
            while (out.size() < partSize) {
                ScoreDoc[] hits = after == null ? s.search(live, chunk, EARLIEST_FIRST).scoreDocs
                        : s.searchAfter(after, live, chunk, EARLIEST_FIRST).scoreDocs;
                if (hits.length == 0) {
                    break;
                }
                int from = (int) Math.max(0, Math.min(hits.length, skip - seen));
                seen += hits.length;
                after = hits[hits.length - 1];
                if (from < hits.length) {
                    int to = Math.min(hits.length, from + partSize - out.size());
                    addEntries(s, Arrays.copyOfRange(hits, from, to), out);
                }
            }
            return out;
        });
    }

    private static void addEntries(IndexSearcher s, ScoreDoc[] hits, List<Entry> out) throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
        String[] slugs = DocColumns.strings(s, docs, ArticleFields.SLUG);
        long[] published = DocColumns.longs(s, docs, ArticleFields.PUBLISHED, 0);
        for (int i = 0; i < docs.length; i++) {
            out.add(new Entry(slugs[i], Instant.ofEpochMilli(published[i])));
        }
    }
}
