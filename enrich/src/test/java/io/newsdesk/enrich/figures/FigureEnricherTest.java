package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.AnalyzedText;
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
        List<Figure> f = figures.figures(AnalyzedText.of(text));
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
        assertEquals(List.of(), figures.figures(AnalyzedText.of("On Feb. 26 at 5 p.m. a Boeing 737 landed on Route 66.")));
    }

    @Test
    void hostileInputFinishesQuickly() {
        String hostile = "1,".repeat(20_000) + "$" + "9".repeat(5_000) + " million " + "more than ".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> figures.figures(AnalyzedText.of(hostile)));
    }

    @Test
    void theCharScansAgreeWithTheExpressionsTheyReplaced() {
        java.util.regex.Pattern ordinal = java.util.regex.Pattern.compile(".*\\d(st|nd|rd|th)$");
        java.util.regex.Pattern hyphenated = java.util.regex.Pattern.compile("\\d{1,6}-[a-z].*");
        String alphabet = "0123456789-stndrhaZ.,\u0663";
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = b.toString();
            assertEquals(ordinal.matcher(raw).matches(), Numbers.isOrdinal(raw), raw);
            assertEquals(hyphenated.matcher(raw).matches(), Numbers.isHyphenatedNumber(raw), raw);
        }
    }

    @Test
    void numbersParseAsDoubleParseDoubleReadsThemWithoutTheirCommas() {
        for (String raw : List.of("7", "007", "10,000", "1,234,567", "3.5", "1.2bn", "5M", "999999999999999999",
                "12345678901234567890123", "9007199254740993", "1.2.3", "4th", "2022")) {
            io.newsdesk.enrich.text.Token token = new io.newsdesk.enrich.text.Token(raw, 0, raw.length());
            Double expected;
            int end = 0;
            while (end < raw.length() && (Character.isDigit(raw.charAt(end)) || raw.charAt(end) == ',' || raw.charAt(end) == '.')) {
                end++;
            }
            String rest = raw.substring(end).toLowerCase(java.util.Locale.ROOT);
            if (!rest.isEmpty() && !List.of("bn", "m").contains(rest)) {
                expected = null;
            } else {
                try {
                    expected = Double.parseDouble(raw.substring(0, end).replace(",", ""));
                } catch (NumberFormatException e) {
                    expected = null;
                }
            }
            assertEquals(expected, Numbers.parse(token), raw);
        }
        assertEquals(9.007199254740992E15, Numbers.parse(new io.newsdesk.enrich.text.Token("9007199254740993", 0, 16)));
        assertNull(Numbers.parse(new io.newsdesk.enrich.text.Token("\u0663", 0, 1)));
    }

    @Test
    void suffixesAreComparedIgnoringCase() {
        assertEquals(true, CountedPhrases.endsWithIgnoreCase("LACED", "ed"));
        assertEquals(true, CountedPhrases.endsWithIgnoreCase("running", "ing"));
        assertEquals(false, CountedPhrases.endsWithIgnoreCase("d", "ed"));
        assertEquals(false, CountedPhrases.endsWithIgnoreCase("lacex", "ed"));
    }

    @Test
    void wordsInCapitalsAreFoundLikeLowerCaseOnes() {
        // a unit must be written in lower case ("40 Kilograms" is not read as one); scales, currencies and qualifiers need not
        List<Figure> f = figures.figures(AnalyzedText.of("Officers seized 40 kilograms of cocaine and 3 MILLION DOLLARS, NEARLY 12 Percent more."));
        assertEquals(List.of(FigureKind.MEASURE, FigureKind.MONEY, FigureKind.PERCENT), f.stream().map(Figure::getKind).toList(), f.toString());
        assertEquals("kilograms", f.get(0).getUnit());
        assertEquals("cocaine", f.get(0).getCounts());
        assertEquals(3.0E6, f.get(1).getValue());
        assertEquals("USD", f.get(1).getUnit());
        assertEquals("nearly", f.get(2).getQualifier());
        assertEquals("NEARLY 12 Percent", f.get(2).getText());
    }
}
