package io.newsdesk.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newsdesk.schemas.Submission;
import org.junit.jupiter.api.Test;

class LogOrderedVersioningTest {
    private static final String ARTICLE_ID = "riverside-ledger:4711";

    @Test
    void aSubmissionLeftToTheLogGetsItsOffsetPlusOne() {
        Submission written = SampleArticles.submission(ARTICLE_ID).setVersion(0).build();
        Submission versioned = LogOrderedVersioning.versioned(written, 56);
        assertEquals(57, versioned.getVersion());
        assertEquals(Submission.newBuilder(written).setVersion(57).build(), versioned, "nothing else changes");
    }

    @Test
    void aSubmissionWithItsOwnVersionKeepsIt() {
        Submission numbered = SampleArticles.submission(ARTICLE_ID).setVersion(7).build();
        assertSame(numbered, LogOrderedVersioning.versioned(numbered, 900));
    }

    @Test
    void aReplayOfTheSameRecordGetsTheSameVersion() {
        Submission written = SampleArticles.submission(ARTICLE_ID).setVersion(0).build();
        assertEquals(LogOrderedVersioning.versioned(written, 12), LogOrderedVersioning.versioned(written, 12));
    }
}
