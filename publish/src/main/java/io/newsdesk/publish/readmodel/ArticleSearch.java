package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Full-text search of the live archive. The reader's words are read with Lucene's
 * {@link SimpleQueryParser}, which never fails on syntax: {@code "exact phrase"}, {@code -word},
 * {@code a | b}, parentheses, and every other character taken as text. All words must match (in the
 * headline, summary, body, keywords or the names of people, places and organisations); the most relevant
 * first are ranked by BM25 over all of their text, in which a word in the headline counts
 * {@link ArticleFields#HEADLINE_WEIGHT} times, times the article's {@link Freshness}. Prefix, fuzzy and proximity operators are off: on a large
 * archive each could make one query cost as much as thousands.
 */
public final class ArticleSearch {
    static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final SearcherManager searchers;
    private final AvroCodec<PublishedArticle> codec;
    private final Analyzer analyzer = ArticleFields.analyzer();
    private final Clock clock;
    private final Freshness freshness;
    private final SegmentTerms segmentTerms = new SegmentTerms();

    ArticleSearch(SearcherManager searchers, AvroCodec<PublishedArticle> codec, Clock clock, Freshness freshness) {
        this.searchers = searchers;
        this.codec = codec;
        this.clock = clock;
        this.freshness = freshness;
    }

    /**
     * A page of results as the site's results page shows them: teasers, read from their column.
     *
     * @throws IllegalArgumentException when the words expand to more clauses than a query may hold
     */
    public SearchResults<Teaser> teasers(SearchRequest request) {
        return search(request, (s, docs, teasers, bodyTexts) -> List.of(teasers));
    }

    /**
     * A page of results as the API gives them: with {@code withBodies}, each article with its bodies as text
     * and as cleaned HTML ({@link IndexedArticle#withBodies}); without, each article {@linkplain IndexedArticle#withoutBody without its body}, read from
     * a column of its own (the API's partial items).
     *
     * @throws IllegalArgumentException when the words expand to more clauses than a query may hold
     */
    public SearchResults<IndexedArticle> search(SearchRequest request, boolean withBodies) {
        return search(request, (s, docs, teasers, bodyTexts) -> {
            List<IndexedArticle> articles = new ArrayList<>(docs.length);
            byte[][] records = DocColumns.bytes(s, docs, ArticleFields.ARTICLE_WITHOUT_BODY);
            // Cleaned when indexed: cleaning twenty bodies per search was a seventh of the API's CPU.
            String[] bodies = withBodies ? DocColumns.texts(s, docs, ArticleFields.BODY_HTML) : null;
            for (int i = 0; i < docs.length; i++) {
                PublishedArticle record = codec.decode(records[i]);
                articles.add(withBodies ? IndexedArticle.withBodies(record, bodies[i], bodyTexts.get()[i])
                        : IndexedArticle.withoutBody(record, null));
            }
            return articles;
        });
    }

    /** Reads what a page of results carries for the documents found, in their order (their teasers are read already). */
    @FunctionalInterface
    private interface Items<T> {
        /** @param bodyTexts the results' bodies as text, read once for the passages and whatever else needs them */
        List<T> of(IndexSearcher searcher, int[] docs, Teaser[] teasers, BodyTexts bodyTexts) throws IOException;
    }

    /** The results' bodies as text, from their column, read at most once per search. */
    private static final class BodyTexts {
        private final IndexSearcher searcher;
        private final int[] docs;
        private String[] texts;

        BodyTexts(IndexSearcher searcher, int[] docs) {
            this.searcher = searcher;
            this.docs = docs;
        }

        String[] get() throws IOException {
            if (texts == null) {
                texts = DocColumns.texts(searcher, docs, ArticleFields.BODY_TEXT);
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = texts[i] == null ? "" : texts[i];
                }
            }
            return texts;
        }
    }

    private <T> SearchResults<T> search(SearchRequest request, Items<T> items) {
        Query query = query(request);
        try {
            return ArticleQueries.read(searchers, s -> {
                int wanted = request.offset() + request.size();
                Query resolved = segmentTerms.resolve(query, s);
                // Hits are counted exactly up to a thousand, then no longer, to skip what cannot rank: a
                // search shows its first thousand results, so it needs no more exact a total.
                TopDocs top = request.order() == SearchRequest.Order.NEWEST
                        ? s.search(resolved, wanted, ArticleQueries.NEWEST_FIRST)
                        : new FreshRelevanceCollector(wanted, SearchRequest.MAX_RESULTS, freshness, clock.millis(), true).search(s, resolved);
                boolean atLeast = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
                return new SearchResults<>(request, hits(s, query, top.scoreDocs, request, items),
                        (int) Math.min(Integer.MAX_VALUE, top.totalHits.value), atLeast);
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search has too many words; use fewer", e);
        }
    }

    private <T> List<SearchResults.Hit<T>> hits(IndexSearcher s, Query query, ScoreDoc[] top, SearchRequest request,
                                                Items<T> items) throws IOException {
        int count = Math.max(0, top.length - request.offset());
        int[] docs = new int[count];
        for (int i = 0; i < count; i++) {
            docs[i] = top[request.offset() + i].doc;
        }
        // The summary stands in where the words matched outside the body; it is in the teaser column.
        Teaser[] teasers = DocColumns.teasers(s, docs);
        BodyTexts bodyTexts = new BodyTexts(s, docs);
        Object[] passages = request.hasText() && count > 0
                ? new BodyHighlighter(s, analyzer, bodies(docs, bodyTexts.get())).snippets(query, docs) : new Object[count];
        List<T> found = items.of(s, docs, teasers, bodyTexts);
        List<SearchResults.Hit<T>> hits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Snippet snippet = passages[i] instanceof Snippet passage && !passage.parts().isEmpty()
                    ? passage : Snippet.plain(teasers[i].summary() == null ? "" : teasers[i].summary());
            hits.add(new SearchResults.Hit<>(found.get(i), snippet));
        }
        return hits;
    }

    private static Map<Integer, String> bodies(int[] docs, String[] texts) {
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            bodies.put(docs[i], texts[i]);
        }
        return bodies;
    }

    private SimpleQueryParser parser(Map<String, Float> weights) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, OPERATORS);
        // Every word must match: a news search for "council budget vote" means all three.
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser;
    }

    private static boolean matchesWithoutWords(Query words) {
        boolean[] all = {false};
        words.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                all[0] |= leaf instanceof MatchAllDocsQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return all[0];
    }

    Query query(SearchRequest request) {
        Query words = request.hasText() ? parser(Map.of(ArticleFields.TEXT, 1f)).parse(request.text()) : new MatchAllDocsQuery();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        // Only live documents carry the text fields (a removal or a topic label has none), so words find
        // live articles only, and a filter on the kind would be one more clause to step through for every
        // match of every word (a fifth of a search's time). Only what can match without a word ("*", a
        // search with exclusions alone, no words) needs it.
        if (matchesWithoutWords(words)) {
            query.add(ArticleQueries.kind(ArticleFields.LIVE), BooleanClause.Occur.FILTER);
        }
        if (request.topicCode() != null) {
            query.add(new TermQuery(new Term(ArticleFields.TOPIC, request.topicCode())), BooleanClause.Occur.FILTER);
        }
        if (request.entity() != null) {
            query.add(new TermQuery(new Term(ArticleFields.ENTITY, request.entity().path())), BooleanClause.Occur.FILTER);
        }
        if (request.source() != null) {
            query.add(new TermQuery(new Term(ArticleFields.SOURCE, ArticleFields.folded(request.source()))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            query.add(ArticleQueries.firstPublished(from, to), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }
}
