package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.publish.site.TestArticles;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ArticleFields#SCHEMA_VERSION} to what the index keeps. The index stores more than the
 * record: the body as {@code SafeBody} cleaned it, the body text, teasers, analysed words with their
 * offsets. A change to any of these (a new cleaning rule, another analyzer, a field's options) leaves
 * every existing index with content this release would not write, and only a raised version rebuilds
 * them. This test writes out what the index would keep for a few articles, hashes it, and compares the
 * hash with the one recorded for the current version: a difference at the same version fails.
 * After raising the version, record the new hash with {@code -Dnewsdesk.approve=true}.
 */
class IndexLayoutTest {
    private static final Path RECORDED = Path.of("src/test/resources/index-layout.txt");

    @Test
    void whatTheIndexKeepsChangesOnlyWithTheLayoutVersion() throws Exception {
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(dump().getBytes(StandardCharsets.UTF_8)));
        String current = ArticleFields.SCHEMA_VERSION + " " + fingerprint;
        if (Boolean.getBoolean("newsdesk.approve")) {
            Files.writeString(RECORDED, current + "\n");
        }
        String recorded = Files.readString(RECORDED).strip();
        assertEquals(recorded, current, recorded.startsWith(ArticleFields.SCHEMA_VERSION + " ")
                ? "what the index keeps for an article changed (cleaned body, text, teaser, analysed words or a field's"
                        + " options) but ArticleFields.SCHEMA_VERSION did not: raise it, so existing indexes are rebuilt,"
                        + " then record the new fingerprint with -Dnewsdesk.approve=true"
                : "ArticleFields.SCHEMA_VERSION was raised: record the new fingerprint with -Dnewsdesk.approve=true");
    }

    @Test
    void everyDocumentHasANormForTheAllTextFieldSoTheyAreKeptDense() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.analyzer()))) {
            for (PublishedArticle article : articles()) {
                writer.addDocument(ArticleFields.live(article, new byte[] {1}, new byte[] {2},
                        ArticleFields.codes(ArticleFields.topicLabels(article))));
            }
            writer.addDocument(ArticleFields.removal(new Removal("gone", "gone-slug", Removal.Reason.RETRACTED, T0, 3)));
            writer.addDocument(ArticleFields.topicLabel("medtop:20000082", "crime"));
            writer.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                NumericDocValues norms = leaf.getNormValues(ArticleFields.TEXT);
                assertEquals(leaf.maxDoc(), norms.cost(), "a norm for every document, live or not");
                assertEquals(articles().size(), leaf.terms(ArticleFields.TEXT).getDocCount(), "words on live articles only");
            }
        }
    }

    @Test
    void theFingerprintSeesACleaningRule() throws Exception {
        // The dump holds the cleaned body itself, so any change in what SafeBody keeps changes the hash.
        String dump = dump();
        assertEquals(true, dump.contains("body_html=<p>Read <a href=\"https://example.org/report\""), dump);
        assertEquals(false, dump.contains("<script"), "the hostile body's script is cleaned away");
    }

    private static String dump() throws IOException {
        StringBuilder out = new StringBuilder();
        for (PublishedArticle article : articles()) {
            byte[] encoded = new byte[] {1, 2, 3};
            byte[] encodedWithoutBody = new byte[] {4, 5, 6};
            Document doc = ArticleFields.live(article, encoded, encodedWithoutBody, ArticleFields.codes(ArticleFields.topicLabels(article)));
            dump(out, doc);
        }
        dump(out, ArticleFields.removal(new Removal("gone", "gone-slug", Removal.Reason.RETRACTED, T0, 3)));
        dump(out, ArticleFields.topicLabel("medtop:20000082", "crime"));
        return out.toString();
    }

    private static void dump(StringBuilder out, Document doc) throws IOException {
        Analyzer analyzer = ArticleFields.analyzer();
        for (IndexableField field : doc.getFields()) {
            IndexableFieldType type = field.fieldType();
            out.append(field.name()).append(' ').append(type.indexOptions()).append(' ').append(type.docValuesType())
                    .append(" stored=").append(type.stored()).append(" tokenized=").append(type.tokenized())
                    .append(" norms=").append(!type.omitNorms()).append(" vectors=").append(type.storeTermVectors())
                    .append(" points=").append(type.pointDimensionCount()).append('\n');
            if (field.name().equals(ArticleFields.ARTICLE)) {
                continue; // the record as it came from the topic: not this code's to change
            }
            BytesRef binary = field.binaryValue();
            if (field.name().equals(ArticleFields.BODY_HTML)) {
                out.append("body_html=").append(CompressedText.decode(binary)).append('\n');
            } else if (field.name().equals(ArticleFields.BODY_TEXT)) {
                out.append("body_text=").append(CompressedText.decode(binary)).append('\n');
            } else if (binary != null) {
                out.append(HexFormat.of().formatHex(binary.bytes, binary.offset, binary.offset + binary.length)).append('\n');
            } else if (field.numericValue() != null) {
                out.append(field.numericValue()).append('\n');
            } else if (field.stringValue() != null) {
                out.append(field.stringValue()).append('\n');
                if (type.tokenized()) {
                    try (TokenStream tokens = analyzer.tokenStream(field.name(), field.stringValue())) {
                        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                        tokens.reset();
                        while (tokens.incrementToken()) {
                            out.append(term).append('@').append(offset.startOffset()).append(' ');
                        }
                        tokens.end();
                    }
                    out.append('\n');
                }
            }
        }
    }

    private static List<PublishedArticle> articles() {
        return List.of(
                article("court").headline("Jury convicts courier in pill-press case").summary("A two-week trial ends.")
                        .body("<p>Read <a href=\"https://example.org/report\" onclick=\"steal()\">the report</a>.</p>"
                                + "<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>"
                                + "<table><tr><td>Count</td><td>3</td></tr></table><img src=\"x.png\" onerror=\"x()\">"
                                        + "<p>Councils&#39; budgets &amp; the jury's verdict.</p>",
                                "Read the report.\n\nCouncils' budgets & the jury's verdict.")
                        .byline("By Ana Ruiz").keywords("pill press", "courier")
                        .topics(TestArticles.drugTrafficking())
                        .entities(TestArticles.entity(EntityType.PERSON, "Lena Ortiz", null, List.of()),
                                TestArticles.entity(EntityType.PLACE, "Harlow County", "US", List.of()))
                        .firstPublished(T0).build(),
                article("plain").headline("Ferry schedule changes for winter").language("en")
                        .body("", "The harbor ferry will run every two hours.\nFewer crossings from December.\n\n\nA new line.")
                        .firstPublished(T0.plusSeconds(60)).correction(2, "An earlier version misstated the times.",
                                T0.plusSeconds(120)).build());
    }
}
