package io.newsdesk.enrich.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyKeywordTaggerTest {
    private final FrequencyKeywordTagger tagger = new FrequencyKeywordTagger(5, new LanguageDetector());

    @Test
    void mostFrequentTermsComeFirstWithHeadlineWordsCountingExtra() {
        List<String> keywords = tagger.keywords("Ferry strike halts harbor crossings",
                "Ferry workers walked out on Monday. The ferry union said the strike would last a week. "
                        + "Commuters crowded the harbor bridge while the ferry terminal stayed shut. "
                        + "The union wants higher pay.", "en");

        // ferry 3 + 3 (headline), strike 1 + 3, harbor 1 + 3, halts 0 + 3, crossings 0 + 3; union only 2.
        // Equal scores keep the order of first use.
        assertEquals(List.of("ferry", "strike", "harbor", "halts", "crossings"), keywords);
    }

    @Test
    void pluralsAndCaseFoldOntoOneKeywordInTheCommonestForm() {
        List<String> keywords = tagger.keywords(null,
                "Pills were seized. The pill press made fake pills. Police seized more Pills and one policy "
                        + "memo on drug policies. Taxes on each tax stamp rose.", "en");

        // "pills" is written more often than "pill"; "policy"/"policies" and "tax"/"taxes" tie: the shorter wins.
        assertEquals(List.of("pills", "seized", "policy", "tax"), keywords);
    }

    @Test
    void stopWordsNumbersShortWordsAndContractionsAreNeverKeywords() {
        List<String> keywords = tagger.keywords(null,
                "It's said that they'd said it. In 2023 and 2023 the DA and DA said so, and said so again. "
                        + "Jurors, jurors.", "en");

        assertEquals(List.of("jurors"), keywords);
    }

    @Test
    void aTermSeenOnceInTheBodyIsNotAKeyword() {
        assertEquals(List.of(), tagger.keywords(null, "A single mention of every word here.", "en"));
    }

    @Test
    void atMostTheConfiguredNumberOfKeywords() {
        FrequencyKeywordTagger two = new FrequencyKeywordTagger(2, new LanguageDetector());
        assertEquals(List.of("alpha", "beta"),
                two.keywords(null, "alpha alpha alpha beta beta gamma gamma delta delta", "en"));
    }

    @Test
    void otherLanguagesDropTheirOwnStopWords() {
        List<String> keywords = tagger.keywords("El tribunal condena al alcalde",
                "El tribunal de la ciudad condenó al alcalde por corrupción. La fiscalía pidió que el alcalde "
                        + "pague una multa y el tribunal aceptó.", "es");

        assertEquals(List.of("tribunal", "alcalde", "condena"), keywords);
    }

    @Test
    void setsTheKeywordsOnTheTaggedArticleUsingTheSubmittedLanguage() {
        Submission s = SampleArticles.submission("k1").setLanguage("en-GB").build();
        ArticleContent content = ArticleContent.newBuilder().setHeadline("Bridge closure")
                .setText("The bridge closure angered drivers. Drivers said the bridge was safe.").build();
        TaggedArticle.Builder out = TaggedArticle.newBuilder().setSubmission(s).setContent(content)
                .setTaggedAt(Instant.EPOCH);

        tagger.tag(s, content, out);

        assertEquals(List.of("bridge", "closure", "drivers"), out.getKeywords());
    }

    @Test
    void singularFoldsRegularPluralsOnly() {
        assertEquals("policy", FrequencyKeywordTagger.singular("policies"));
        assertEquals("tax", FrequencyKeywordTagger.singular("taxes"));
        assertEquals("witness", FrequencyKeywordTagger.singular("witnesses"));
        assertEquals("pill", FrequencyKeywordTagger.singular("pills"));
        assertEquals("status", FrequencyKeywordTagger.singular("status"));
        assertEquals("analysis", FrequencyKeywordTagger.singular("analysis"));
        assertEquals("press", FrequencyKeywordTagger.singular("press"));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new FrequencyKeywordTagger(0, new LanguageDetector()));
    }
}
