package io.newsdesk.enrich.approved;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.keywords.KeywordTagger;
import io.newsdesk.enrich.topics.MediaTopicTagger;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.SampleTexts;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.Subject;
import io.newsdesk.testkit.approval.ApprovedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The text analysis, the taggers and the whole enrichment of seeded random texts full of the cases the
 * tokenizer, the word lists and the taggers treat specially ({@link SampleTexts}), approved. The analysis
 * (every token with its offsets, sentence and paragraph bounds, word forms) and the full enrichment are
 * approved by fingerprint, keywords and topics as they read, so a change names the text and the field.
 */
class ApprovedSampleTextsTest {

    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();
    private static final String[] EDGE_TEXTS = {"", " ", "\n\n", ".", "a", "Dr.", "Dr. Who", "U.S.", "ended.\n\nNext",
        "Heading\nBody text.", "It rose 3.5% to 10,000.", "\"Go.\" He went.", "Go to \u212Ay. now", "Visit KY. now",
        "Approx.\nNext", "approx. 5 Gov't. x", "Sgt. \u00c9tienne and SEPT. rain", "Mr.", "in St.\n\nSt. Louis",
        "x\u2019s y's Z'S officers' \u00ba", "\u0130stanbul \u212aelvin STRASSE"};

    private final ArticleProcessor production = ApprovedOutputs.production();
    private final MediaTopicTagger topics = new MediaTopicTagger(VOCABULARY);
    private final List<KeywordTagger> keywords = List.of(new KeywordTagger(1), new KeywordTagger(8),
            new KeywordTagger(30));

    @Test
    void seededRandomTextsAreAnalysedTaggedAndEnrichedAsApproved() {
        StringBuilder out = new StringBuilder();
        List<String[]> texts = new ArrayList<>();
        texts.addAll(SampleTexts.random(7L, 300));
        texts.addAll(SampleTexts.random(611L, 400));
        for (int n = 0; n < texts.size(); n++) {
            String[] t = texts.get(n);
            StringBuilder section = new StringBuilder();
            section.append("headline analysis ").append(analysis(t[0])).append('\n');
            section.append(tagging(t[0], t[1]));
            section.append("enriched ").append(ApprovedOutputs.digestLine(production.process(
                    SampleArticles.textArticle("random-" + n, t[0], t[1])))).append('\n');
            out.append(ApprovedOutputs.section("random " + n, section.toString()));
        }
        ApprovedFile.named("sample-texts.txt").verify(out.toString());
    }

    @Test
    void evaluationTextsAndEdgeCasesAreAnalysedAndTaggedAsApproved() {
        StringBuilder out = new StringBuilder();
        List<String[]> articles = SampleTexts.evaluationArticles();
        for (int n = 0; n < articles.size(); n++) {
            String[] a = articles.get(n);
            out.append(ApprovedOutputs.section("evaluation " + n, "headline analysis " + analysis(a[0]) + "\n" + tagging(a[0], a[1])));
        }
        String body = articles.get(0)[1];
        out.append(ApprovedOutputs.section("no headline", tagging(null, body)));
        out.append(ApprovedOutputs.section("blank headline", tagging(" ", body)));
        out.append(ApprovedOutputs.section("title-cased headline",
                tagging("Police Arrest Two Men After Downtown Robbery Of The Bank", body)));
        for (int n = 0; n < EDGE_TEXTS.length; n++) {
            out.append(ApprovedOutputs.section("edge " + n, "analysis " + analysis(EDGE_TEXTS[n])));
        }
        ApprovedFile.named("evaluation-texts-tagging.txt").verify(out.toString());
    }

    /** The body's analysis, keywords at three limits, and topics with the trie steps and tokens they took. */
    private String tagging(String headline, String body) {
        AnalyzedText text = AnalyzedText.of(body);
        StringBuilder out = new StringBuilder("analysis ").append(analysis(body)).append('\n');
        for (KeywordTagger tagger : keywords) {
            out.append("keywords ").append(tagger.keywords(headline, text)).append('\n');
        }
        MediaTopicTagger.Tagging tagging = topics.topics(headline, text);
        StringJoiner subjects = new StringJoiner(" ");
        for (Subject s : tagging.subjects()) {
            subjects.add(s.getCode() + ":" + s.getScore());
        }
        out.append("topics ").append(subjects).append(" steps=").append(tagging.steps()).append(" tokens=")
                .append(tagging.tokens()).append('\n');
        return out.toString();
    }

    /** Fingerprints of the tokens, the sentence and paragraph bounds, and the per-token word forms. */
    private static String analysis(String s) {
        AnalyzedText text = AnalyzedText.of(s);
        StringBuilder tokens = new StringBuilder();
        StringBuilder forms = new StringBuilder();
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            tokens.append(t.text()).append('\u0001').append(t.start()).append('\u0001').append(t.end()).append('\u0002');
            forms.append(text.lower(i)).append('\u0001').append(text.folded(i)).append('\u0001').append(text.stopWord(i))
                    .append(text.commonWord(i)).append(text.sentenceInitial(i)).append(text.sentenceOf(i)).append(',')
                    .append(text.paragraphOf(i)).append(',').append(text.tokenAt(t.start())).append('\u0002');
        }
        return "tokens=" + text.size() + ":" + ApprovedFile.digest(tokens.toString())
                + " sentences=" + text.sentences().size() + ":" + ApprovedFile.digest(bounds(text.sentences()))
                + " paragraphs=" + text.paragraphs().size() + ":" + ApprovedFile.digest(bounds(text.paragraphs()))
                + " forms=" + ApprovedFile.digest(forms.toString());
    }

    private static String bounds(List<AnalyzedText.Span> spans) {
        StringJoiner out = new StringJoiner(" ");
        spans.forEach(s -> out.add(s.from() + "-" + s.to()));
        return out.toString();
    }
}
