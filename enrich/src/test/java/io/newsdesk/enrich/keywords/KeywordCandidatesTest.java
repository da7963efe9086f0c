package io.newsdesk.enrich.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordCandidatesTest {

    private static List<String> candidates(String text, boolean names) {
        KeywordTallies tallies = new KeywordTallies();
        KeywordCandidates.collect(AnalyzedText.of(text), 1.0, 0, names, tallies);
        return tallies.inOrder.stream().map(t -> t.key() + (t.name ? " (name)" : "")).toList();
    }

    @Test
    void namesAndPhrasesOfUpToThreeContentWordsAreCandidates() {
        assertEquals(List.of("drug enforcement administration (name)", "fentanyl", "fentanyl smuggling", "smuggling"),
                candidates("The Drug Enforcement Administration fought fentanyl smuggling.", true).stream()
                        .filter(c -> !c.startsWith("fought")).toList().subList(0, 4));
    }

    @Test
    void aTitleOrAWeekdayIsNoCandidateAndAPluralIsItsSingular() {
        List<String> found = candidates("Dr. Mara Lopez spoke on Monday about taxes and taxes.", true);
        assertTrue(found.contains("mara lopez (name)"), found.toString());
        assertFalse(found.stream().anyMatch(c -> c.contains("monday") || c.startsWith("dr")), found.toString());
        assertTrue(found.contains("tax"), found.toString());
    }

    @Test
    void inATitleCasedHeadlineCapitalsSayNothing() {
        assertTrue(KeywordCandidates.titleCased(AnalyzedText.of("Police Arrest Two Men After Robbery")));
        assertFalse(KeywordCandidates.titleCased(AnalyzedText.of("Police arrest two men after robbery")));
        assertFalse(candidates("Police Arrest Two Men", false).stream().anyMatch(c -> c.endsWith("(name)")));
    }
}
