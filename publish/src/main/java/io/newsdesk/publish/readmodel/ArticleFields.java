package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * How the read model lays out one article in the Lucene index: one document per article id, holding
 * either the live version (the record exactly as it came from {@code articles.published}, stored, plus
 * the fields listings, filters and search read) or its removal (reason, time, last version and slug, so
 * 410 and the change list survive). Topic labels are documents of their own, so a topic page keeps its
 * name after its last article left.
 *
 * <p>Any change to these fields, to the analyzer or to what they hold ({@code SafeBody}'s cleaning, the teaser's
 * encoding) must raise {@link #SCHEMA_VERSION}: an index built with another version is rebuilt from the topic
 * when publish starts, never read with the wrong layout. {@code IndexLayoutTest} fails when what is written
 * changes at the same version.
 */
final class ArticleFields {
    /** Raise with any change below; the instance then rebuilds its index from the topic. */
    static final String SCHEMA_VERSION = "6";

    /** What a document is: {@link #LIVE}, {@link #REMOVED} or {@link #TOPIC_LABEL}. */
    static final String KIND = "kind";
    static final String LIVE = "live";
    static final String REMOVED = "removed";
    static final String TOPIC_LABEL = "topic-label";

    // article documents (live and removed)
    static final String ID = "id";
    /** A number per article id ({@link #tiebreak}) that orders articles of the same millisecond. */
    static final String TIEBREAK = "tiebreak";
    static final String SLUG = "slug";
    static final String CHANGED = "changed";
    static final String VERSION = "version";
    // removed only
    static final String REASON = "reason";
    // live only: filters and order
    static final String TOPIC = "topic";
    static final String ENTITY = "entity";
    static final String SOURCE = "source";
    static final String SECTION = "section";
    static final String MONTH = "month";
    static final String FIRST_PUBLISHED = "first";
    static final String PUBLISHED = "published";
    static final String ARTICLE = "article";
    /** {@link Teaser}, as a column: listings read it without decoding the article. */
    static final String TEASER = "teaser";
    // live only: full text (and only live documents have it: ArticleSearch finds live articles by their words alone)
    /**
     * Every searchable word of an article in one field (headline, summary, keywords, names, body), which
     * is what a search matches and ranks by: one posting list per word instead of five, so a two-word
     * search is one conjunction Lucene can skip through by its blocks' best scores. The headline is in it
     * {@link #HEADLINE_WEIGHT} times.
     */
    static final String TEXT = "text";
    /**
     * How many times the headline is written into {@link #TEXT}: a searched word in the headline counts that
     * many times in the article's BM25 score (BM25F's field weight, applied when the article is indexed).
     * It used to be a field of its own, looked up by an optional clause with its own boost: advancing that
     * clause on every article that matched the words was a quarter of a search's CPU and half of the
     * per-segment postings it opened.
     */
    static final int HEADLINE_WEIGHT = 3;
    /** The body's words with their offsets, read only to find a result's passage (not searched). */
    static final String BODY = "body";
    /**
     * The body's text, compressed ({@link CompressedText}), as a column: a search's passages are cut from it
     * without decompressing and decoding each result's whole stored article (a quarter of a search page's CPU
     * samples and a third of its allocation when it did).
     */
    static final String BODY_TEXT = "body_text";
    /**
     * The body as the site shows it ({@link SafeBody}), cleaned once when indexed, compressed: cleaning it
     * for every article page was a third of the page's CPU.
     */
    static final String BODY_HTML = "body_html";
    /**
     * The stored record without the body (kept three times in it: as submitted, and as enrichment's HTML
     * and plain text) or the boilerplate enrichment removed, encoded like the record and compressed
     * ({@link CompressedText}): what the article page and the search API's partial items are made of. Read
     * from the stored record, each decompressed a block of Lucene's stored fields holding its whole body, a
     * quarter of the API's CPU; this is a fifth of the size.
     */
    static final String ARTICLE_WITHOUT_BODY = "article_without_body";
    // topic labels
    static final String LABEL_CODE = "label_code";
    static final String LABEL = "label";

    /** Body text, indexed with each word's offsets, so a search's passage is found without analysing it again. */
    private static final FieldType BODY_TYPE = bodyType();

    /** The sitemaps' month of an article: its first publication's, in UTC, so months never move. */
    static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ArticleFields() {
    }

    /**
     * Newest first publication first, then by {@link #TIEBREAK}: the order of every listing, and the
     * order the index keeps its documents in, so a listing's first page is read off the top of each
     * segment instead of by visiting every article. Numbers only: a string tie-break made Lucene look up
     * an id for every competitive document, which on an index filled oldest first was every document.
     */
    static final Sort NEWEST_FIRST = new Sort(new SortField(FIRST_PUBLISHED, SortField.Type.LONG, true),
            new SortField(TIEBREAK, SortField.Type.LONG));

    /**
     * The tie-break of an article id: the first 8 bytes of its SHA-256. Stable across instances and
     * releases (a cursor in a link stays valid); two ids of the same millisecond sharing it are as likely
     * as a SHA-256 collision of 64 bits, and would still both be listed, in document order.
     */
    static long tiebreak(String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        // Never scored: the words are matched and ranked in TEXT.
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * English stemming and stop words: a newsroom's readers search in the site's language. The parts of
     * {@link #TEXT} lie far apart, so a phrase never matches across the end of the headline and the
     * start of the summary.
     */
    static Analyzer analyzer() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Analyzer english = new EnglishAnalyzer();

            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return english;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return PART_GAP;
            }
        };
    }

    /** Positions between two parts of {@link #TEXT}: more than any phrase a reader types. */
    private static final int PART_GAP = 100;

    /** A source or section as filters compare it. */
    static String folded(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param encoded            the record as it came from the topic (single-object encoding): stored as it
     *                           is, so the page shows exactly what was published
     * @param encodedWithoutBody {@link #withoutBody} of the record, encoded the same way
     */
    static Document live(PublishedArticle article, byte[] encoded, byte[] encodedWithoutBody, Set<String> topicCodes) {
        ArticleView view = new ArticleView(article);
        Submission submission = article.getArticle().getSubmission();
        Document doc = articleDocument(LIVE, article.getArticleId(), article.getSlug(), article.getPublishedAt(),
                article.getVersion());
        doc.add(new StoredField(ARTICLE, encoded));
        doc.add(new BinaryDocValuesField(TEASER, Teaser.of(view).encode()));
        for (String code : topicCodes) {
            doc.add(new StringField(TOPIC, code, Field.Store.NO));
        }
        for (Entity entity : article.getArticle().getEntities()) {
            EntityKey key = EntityKey.orNull(entity.getType(), entity.getName());
            if (key != null) {
                doc.add(new StringField(ENTITY, key.path(), Field.Store.NO));
            }
            doc.add(new TextField(TEXT, entity.getName(), Field.Store.NO));
        }
        doc.add(new StringField(SOURCE, folded(submission.getSource()), Field.Store.NO));
        if (submission.getSection() != null && !submission.getSection().isBlank()) {
            doc.add(new StringField(SECTION, folded(submission.getSection()), Field.Store.NO));
        }
        Instant first = article.getFirstPublishedAt();
        doc.add(new StringField(MONTH, MONTH_FORMAT.format(first), Field.Store.NO));
        // Point and doc values under one name: Lucene then skips whole blocks of non-competitive
        // documents when sorting by it, which keeps "newest first" cheap over a large archive.
        doc.add(new LongPoint(FIRST_PUBLISHED, first.toEpochMilli()));
        doc.add(new NumericDocValuesField(FIRST_PUBLISHED, first.toEpochMilli()));
        doc.add(new NumericDocValuesField(PUBLISHED, article.getPublishedAt().toEpochMilli()));
        for (int i = 0; i < HEADLINE_WEIGHT; i++) {
            doc.add(new TextField(TEXT, view.headline(), Field.Store.NO));
        }
        view.summary().ifPresent(s -> doc.add(new TextField(TEXT, s, Field.Store.NO)));
        for (String keyword : article.getArticle().getKeywords()) {
            doc.add(new TextField(TEXT, keyword, Field.Store.NO));
        }
        doc.add(new TextField(TEXT, view.bodyText(), Field.Store.NO));
        doc.add(new Field(BODY, view.bodyText(), BODY_TYPE));
        doc.add(new BinaryDocValuesField(BODY_TEXT, CompressedText.encode(view.bodyText())));
        doc.add(new BinaryDocValuesField(BODY_HTML, CompressedText.encode(SafeBody.clean(view.rawBodyHtml(), view.bodyText()))));
        doc.add(new BinaryDocValuesField(ARTICLE_WITHOUT_BODY, CompressedText.encode(encodedWithoutBody)));
        return doc;
    }

    /**
     * A copy of the record with an empty body wherever the record keeps one (the submission's, enrichment's
     * HTML and text) and no removed boilerplate; everything else as published. Only for what shows no body
     * or the one cleaned when indexed ({@link #ARTICLE_WITHOUT_BODY}).
     */
    static PublishedArticle withoutBody(PublishedArticle article) {
        PublishedArticle copy = PublishedArticle.newBuilder(article).build();
        copy.getArticle().getSubmission().setBody("");
        ArticleContent content = copy.getArticle().getContent();
        if (content != null) {
            content.setText("");
            content.setHtml("");
            content.setRemovedBoilerplate(List.of());
        }
        return copy;
    }

    static Document removal(Removal removal) {
        Document doc = articleDocument(REMOVED, removal.articleId(), removal.slug(), removal.at(), removal.lastVersion());
        doc.add(new StoredField(REASON, removal.reason().name()));
        return doc;
    }

    static Document topicLabel(String code, String label) {
        Document doc = new Document();
        kind(doc, TOPIC_LABEL);
        doc.add(new StringField(LABEL_CODE, code, Field.Store.NO));
        doc.add(new StoredField(LABEL, label));
        return doc;
    }

    /**
     * The article's topic codes in normal form with their labels, broader concepts included, so a
     * topic page lists articles filed under a narrower one. A code that is no qcode keeps nothing.
     */
    static Map<String, String> topicLabels(PublishedArticle article) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Subject subject : article.getArticle().getTopics()) {
            put(labels, subject.getCode(), subject.getLabel());
            for (SubjectRef broader : subject.getBroader()) {
                put(labels, broader.getCode(), broader.getLabel());
            }
        }
        return labels;
    }

    private static void put(Map<String, String> labels, String rawCode, String label) {
        String code = TopicCodes.normalizedOrNull(rawCode);
        if (code != null && label != null) {
            labels.put(code, label);
        }
    }

    static Set<String> codes(Map<String, String> labels) {
        return new LinkedHashSet<>(labels.keySet());
    }

    /** Every document says what it is, indexed (filters) and as a column (read per hit); Lucene wants both on all. */
    private static void kind(Document doc, String kind) {
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(kind)));
        if (!LIVE.equals(kind)) {
            // Every document has the all-text field, empty on removals and topic labels (no words: words still
            // find live articles only). Lucene then keeps a norm for every document of a segment in a plain
            // array; with a few documents without the field it kept a sparse set instead, which the scorer
            // searched for every match of every word: a tenth of a search page's CPU samples.
            doc.add(new TextField(TEXT, "", Field.Store.NO));
        }
    }

    private static Document articleDocument(String kind, String id, String slug, Instant changed, long version) {
        Document doc = new Document();
        kind(doc, kind);
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        long tiebreak = tiebreak(id);
        doc.add(new LongPoint(TIEBREAK, tiebreak));
        doc.add(new NumericDocValuesField(TIEBREAK, tiebreak));
        if (slug != null) {
            doc.add(new StringField(SLUG, slug, Field.Store.NO));
            doc.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
        }
        doc.add(new LongPoint(CHANGED, changed.toEpochMilli()));
        doc.add(new NumericDocValuesField(CHANGED, changed.toEpochMilli()));
        doc.add(new NumericDocValuesField(VERSION, version));
        return doc;
    }
}
