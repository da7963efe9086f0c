package io.newsdesk.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StageCpuTimeTest {

    @Test
    void printsCpuTimeAndAllocationPerArticleOfBothStagesOneLineARound() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StageCpuTime.measure(1, 2, 16, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            String[] figures = line.split(" ");
            assertEquals(4, figures.length, line);
            for (String f : figures) {
                assertTrue(Double.parseDouble(f) > 0, line);
            }
        }
    }
}
