package io.newsdesk.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureReadingTest {

    /** The figure whose number is the first number token of the text. */
    private static Figure read(String text) {
        AnalyzedText t = AnalyzedText.of(text);
        int at = 0;
        while (!t.token(at).isNumber()) {
            at++;
        }
        List<Figure> out = new ArrayList<>();
        FigureReading.read(t, text, at, at, Numbers.parse(t.token(at)), null, false, out);
        return out.get(0);
    }

    @Test
    void theWordAfterTheNumberSaysWhatItIs() {
        assertEquals(FigureKind.MONEY, read("They paid 300 euros for it.").getKind());
        assertEquals("EUR", read("They paid 300 euros for it.").getUnit());
        assertEquals(FigureKind.PERCENT, read("Prices rose 12 per cent of late.").getKind());
        Figure powder = read("Agents seized 10,000 pounds of fentanyl powder.");
        assertEquals(FigureKind.MEASURE, powder.getKind());
        assertEquals("pounds", powder.getUnit());
        assertEquals("fentanyl powder", powder.getCounts());
        assertEquals(FigureKind.YEAR, read("It happened in 2022 when it rained.").getKind());
        Figure pills = read("Police found 40 fake pills there.");
        assertEquals(FigureKind.COUNT, pills.getKind());
        assertEquals("fake pills", pills.getCounts());
    }

    @Test
    void aScaleMultipliesAndAQualifierBeforeTheNumberIsKept() {
        Figure f = read("They seized more than 50 million pills.");
        assertEquals(5.0E7, f.getValue());
        assertEquals("more than", f.getQualifier());
        assertEquals("more than 50 million pills", f.getText());
        assertEquals(1.2E9, read("A deal worth 1.2bn closed.").getValue());
        assertNull(read("It rose 7 in all.").getQualifier());
    }
}
