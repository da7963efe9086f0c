package io.newsdesk.testkit.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovedFileTest {

    @TempDir
    Path module;

    private String savedBasedir;
    private String savedApprove;

    private ApprovedFile file(String name) {
        System.setProperty("basedir", module.toString());
        return ApprovedFile.named(name);
    }

    // A run that re-approves the project's files (-Dnewsdesk.approve=true) must not turn these tests into writes.
    @BeforeEach
    void compareByDefault() {
        savedBasedir = System.getProperty("basedir");
        savedApprove = System.clearProperty(ApprovedFile.APPROVE_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore("basedir", savedBasedir);
        restore(ApprovedFile.APPROVE_PROPERTY, savedApprove);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void theSameTextPassesAndAnyDifferenceFailsNamingTheSectionAndTheLines() throws Exception {
        ApprovedFile approved = file("corpus.txt");
        Files.createDirectories(approved.path().getParent());
        Files.writeString(approved.path(), "=== a\nx\ny\n=== b\none\ntwo\nthree\n");
        approved.verify("=== a\nx\ny\n=== b\none\ntwo\nthree\n");

        AssertionError e = assertThrows(AssertionError.class, () -> approved.verify("=== a\nx\ny\n=== b\none\n2\nthree\n=== c\nnew\n"));
        String report = e.getMessage();
        assertTrue(report.contains("--- b\n"), report);
        assertTrue(report.contains("  -two\n  +2\n"), report);
        assertTrue(report.contains("--- c (new)\n"), report);
        assertTrue(!report.contains("--- a"), "an unchanged section is not reported: " + report);
        assertTrue(report.contains("-Dnewsdesk.approve=true"), report);
    }

    @Test
    void approvingWritesTheTextInsteadOfComparing() throws Exception {
        ApprovedFile approved = file("sub/new.txt");
        System.setProperty(ApprovedFile.APPROVE_PROPERTY, "true");
        approved.verify("fresh output");
        assertEquals("fresh output\n", Files.readString(approved.path()));
        System.clearProperty(ApprovedFile.APPROVE_PROPERTY);
        approved.verify("fresh output\n");
    }

    @Test
    void aMissingFileSaysHowToRecordIt() {
        AssertionError e = assertThrows(AssertionError.class, () -> file("absent.txt").verify("x"));
        assertTrue(e.getMessage().contains("-Dnewsdesk.approve=true"), e.getMessage());
    }

    @Test
    void hunksKeepTwoLinesOfContextAndMarkGaps() {
        List<String> before = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> after = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9", "10", "11", "twelve");
        assertEquals(List.of(" 3", " 4", "-5", "+five", " 6", " 7", "...", " 10", " 11", "-12", "+twelve"), LineDiff.hunks(before, after));
        assertEquals(List.of(), LineDiff.hunks(before, before));
    }

    @Test
    void digestsAreShortAndStable() {
        assertEquals(12, ApprovedFile.digest("text").length());
        assertEquals(ApprovedFile.digest("text"), ApprovedFile.digest("text"));
        assertTrue(!ApprovedFile.digest("text").equals(ApprovedFile.digest("text ")));
    }
}
