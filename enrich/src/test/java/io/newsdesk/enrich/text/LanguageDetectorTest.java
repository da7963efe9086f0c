package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | The jury found that the pilot was not guilty of the charges, and the court released her on Tuesday.",
            "es | El jurado decidió que la piloto no era culpable de los cargos y el tribunal la liberó el martes.",
            "fr | Le jury a estimé que la pilote n'était pas coupable des accusations et le tribunal l'a libérée mardi.",
            "de | Die Geschworenen sahen die Lotsin nicht als schuldig an, und das Gericht hat sie am Dienstag freigelassen.",
            "it | La giuria ha stabilito che la pilota non era colpevole delle accuse e il tribunale l'ha liberata martedì.",
            "pt | O júri decidiu que a piloto não era culpada das acusações e o tribunal a libertou na terça-feira.",
            "nl | De jury vond dat de loods niet schuldig was aan de aanklachten en de rechtbank heeft haar op dinsdag vrijgelaten."
    })
    void detectsEachProfiledLanguage(String expected, String text) {
        assertEquals(Optional.of(expected), detector.detect(text));
    }

    @Test
    void tooLittleTextGivesNoAnswer() {
        assertEquals(Optional.empty(), detector.detect("Pilot acquitted"));
        assertEquals(Optional.empty(), detector.detect(""));
        assertEquals(Optional.empty(), detector.detect(null));
    }

    @Test
    void submittedTagsAreReducedToIso6391() {
        assertEquals(Optional.of("en"), LanguageDetector.isoCode("en-US"));
        assertEquals(Optional.of("pt"), LanguageDetector.isoCode("PT_br"));
        assertEquals(Optional.of("de"), LanguageDetector.isoCode("deu"));
        assertEquals(Optional.empty(), LanguageDetector.isoCode("xx"));
        assertEquals(Optional.empty(), LanguageDetector.isoCode("english"));
        assertEquals(Optional.empty(), LanguageDetector.isoCode(" "));
    }
}
