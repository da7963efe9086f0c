package io.newsdesk.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.FigureKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureEnricherTest {

    private final FigureEnricher figures = new FigureEnricher();

    @Test
    void countsMeasuresMoneyPercentagesYearsAndChanges() {
        String text = "In 2022, agents seized more than 50 million fake prescription pills laced with fentanyl and more than "
                + "10,000 pounds of fentanyl powder, a doubling of seizures. The program cost $1.2 billion and cut deaths by 12%.";
        List<Figure> f = figures.figures(text);
        assertEquals(6, f.size(), f.toString());

        assertEquals(FigureKind.YEAR, f.get(0).getKind());
        assertEquals(2022.0, f.get(0).getValue());

        Figure pills = f.get(1);
        assertEquals(5.0E7, pills.getValue());
        assertEquals(FigureKind.COUNT, pills.getKind());
        assertEquals("fake prescription pills", pills.getCounts());
        assertEquals("more than", pills.getQualifier());
        assertEquals("more than 50 million fake prescription pills", pills.getText());
        assertEquals(text.indexOf("more than 50"), pills.getStart());

        Figure powder = f.get(2);
        assertEquals(10000.0, powder.getValue());
        assertEquals("pounds", powder.getUnit());
        assertEquals("fentanyl powder", powder.getCounts());
        assertEquals(FigureKind.MEASURE, powder.getKind());

        Figure doubling = f.get(3);
        assertEquals(FigureKind.CHANGE, doubling.getKind());
        assertNull(doubling.getValue());
        assertEquals("a doubling of seizures", doubling.getText());

        assertEquals(1.2e9, f.get(4).getValue());
        assertEquals("USD", f.get(4).getUnit());
        assertEquals(FigureKind.MONEY, f.get(4).getKind());

        assertEquals(12.0, f.get(5).getValue());
        assertEquals("%", f.get(5).getUnit());
        assertEquals(FigureKind.PERCENT, f.get(5).getKind());
    }

    @Test
    void datesTimesAndNumbersInNamesAreNotFigures() {
        assertEquals(List.of(), figures.figures("On Feb. 26 at 5 p.m. a Boeing 737 landed on Route 66."));
    }

    @Test
    void hostileInputFinishesQuickly() {
        String hostile = "1,".repeat(20_000) + "$" + "9".repeat(5_000) + " million " + "more than ".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> figures.figures(hostile));
    }
}
