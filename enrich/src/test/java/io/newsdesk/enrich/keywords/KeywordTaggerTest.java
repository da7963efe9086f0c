package io.newsdesk.enrich.keywords;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.WordForms;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTaggerTest {

    private static final String TEXT = "Wildfires forced thousands of residents to evacuate on Tuesday as the wildfire near "
            + "Redding spread across dry hills. Firefighters said the Wildfire was 10% contained. Evacuation orders covered "
            + "three towns, and evacuation centers opened at two schools. The wildfires are the worst in Shasta County since 2018.";

    @Test
    void keywordsDescribeTheStoryWithoutLanguageProfilesOrDuplicates() {
        List<String> keywords = new KeywordTagger(8).keywords("Wildfire near Redding forces evacuations", AnalyzedText.of(TEXT));
        assertFalse(keywords.isEmpty());
        assertTrue(keywords.stream().anyMatch(k -> k.equalsIgnoreCase("wildfire") || k.equalsIgnoreCase("wildfires")), keywords.toString());
        assertTrue(keywords.contains("Redding"), keywords.toString());
        Set<String> folded = new HashSet<>();
        for (String k : keywords) {
            assertFalse(EnglishWords.isStopWord(k), k);
            assertTrue(folded.add(WordForms.fold(k.toLowerCase(Locale.ROOT))), "duplicate by case or plural: " + k + " in " + keywords);
        }
    }

    @Test
    void aHeadlineEndingInAWeekdayOrMonthIsTagged() {
        // used to throw IndexOutOfBoundsException (and send the article to the dead-letter topic)
        for (String headline : List.of("Wildfire near Redding forces evacuations on Tuesday", "Redding wildfire spreads in August")) {
            List<String> keywords = new KeywordTagger(8).keywords(headline, AnalyzedText.of(TEXT));
            assertTrue(keywords.contains("Redding"), keywords.toString());
            assertFalse(keywords.stream().anyMatch(k -> k.equals("Tuesday") || k.equals("August")), keywords.toString());
        }
    }

    @Test
    void theNumberOfKeywordsIsCapped() {
        assertEquals(2, new KeywordTagger(2).keywords("Wildfire near Redding", AnalyzedText.of(TEXT)).size());
    }
}
