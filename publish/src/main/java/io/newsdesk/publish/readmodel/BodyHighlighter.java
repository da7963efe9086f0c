package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
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

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS
                ? new SegmentPostings(components) : super.getOffsetStrategy(offsetSource, components);
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

    /**
     * Reads the searched words' offsets from postings kept open across the documents of a segment.
     * Lucene's strategy looks each word up again and opens a new postings list for every document it
     * highlights: with twenty results that was a fifth of the memory a results page allocated. The
     * highlighter visits documents in increasing order, so each word's postings only move forward; any
     * other order (or another segment, or other words) opens them afresh.
     */
    static final class SegmentPostings extends PostingsOffsetStrategy {
        private Terms segment;
        private BytesRef[] words;
        private PostingsEnum[] postings;
        private int lastDoc = -1;

        SegmentPostings(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
                throws IOException {
            if (termsIndex != segment || sourceTerms != words || doc <= lastDoc) {
                open(sourceTerms, termsIndex);
            }
            lastDoc = doc;
            for (int i = 0; i < sourceTerms.length; i++) {
                PostingsEnum word = postings[i];
                if (word != null && word.docID() < doc) {
                    word.advance(doc);
                }
                if (word != null && word.docID() == doc) {
                    results.add(new OffsetsEnum.OfPostings(sourceTerms[i], word));
                }
            }
        }

        private void open(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
            segment = termsIndex;
            words = sourceTerms;
            postings = new PostingsEnum[sourceTerms.length];
            TermsEnum terms = termsIndex.iterator();
            for (int i = 0; i < sourceTerms.length; i++) {
                if (terms.seekExact(sourceTerms[i])) {
                    postings[i] = terms.postings(null, PostingsEnum.OFFSETS);
                    if (postings[i] == null) {
                        throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets");
                    }
                }
            }
        }
    }
}
