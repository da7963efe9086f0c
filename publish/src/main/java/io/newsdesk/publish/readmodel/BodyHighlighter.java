package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the passage of each result's body that matched a search. The body is indexed with its words'
 * offsets, so the matches are read from the index rather than found by analysing the text again (which
 * cost more than the search itself); the text comes from the body-text column
 * ({@link ArticleFields#BODY_TEXT}). One per search: it holds that search's texts.
 */
final class BodyHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> bodies;

    /** @param bodies the body text of each document to highlight */
    BodyHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> bodies) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                // Passages end at a full stop: the JDK's sentence iterator cost more than finding the words.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('.'))
                // Terms of the query's body clauses only, not a Matches walk of the whole multi-field query.
                .withWeightMatches(false)
                // The words are searched in the all-text field and found again in the body's offsets.
                .withFieldMatcher(field -> ArticleFields.TEXT.equals(field) || ArticleFields.BODY.equals(field))
                .withScorer(new DistinctTermsScorer())
                // No passage when the words matched elsewhere: the page shows the summary instead.
                .withMaxNoHighlightPassages(0));
        this.bodies = bodies;
    }

    /**
     * The body is always indexed with its offsets. Lucene would otherwise find that out for each search by
     * merging the field descriptions of every segment, a tenth of a search page's CPU.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
    }

    /** The best passage of each document's body, null where the words did not match in the body. */
    Object[] snippets(Query query, int[] docs) throws IOException {
        int[] onePassage = new int[] {1};
        return highlightFieldsAsObjects(new String[] {ArticleFields.BODY}, query, docs, onePassage).get(ArticleFields.BODY);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = ArticleFields.BODY.equals(fields[i]) ? bodies.getOrDefault(doc, "") : "";
            }
            values.add(row);
        }
        return values;
    }

    /**
     * Ranks passages by how many of the searched words they hold (distinct words first, then repeats),
     * earlier passages first among equals. Lucene's scorer also weighs each word by its rarity, but
     * builds a hash table for every passage it scores, which was a seventh of a search's time.
     */
    static final class DistinctTermsScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int matches = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j] != null && terms[j].bytesEquals(terms[i]);
                }
                if (!seen) {
                    distinct++;
                }
            }
            return (distinct * 16f + matches) * norm(passage.getStartOffset());
        }
    }
}
