package io.newsdesk.ingest.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NextVersionTest {
    @Test
    void newArticleStartsAtOne() {
        assertEquals(1, NextVersion.of("a", OptionalLong.empty(), OptionalLong.empty()));
    }

    @Test
    void withoutARequestTheNextVersionIsLastPlusOne() {
        assertEquals(5, NextVersion.of("a", OptionalLong.of(4), OptionalLong.empty()));
    }

    @Test
    void aRequestedVersionAboveTheLastIsKeptEvenWithAGap() {
        assertEquals(10, NextVersion.of("a", OptionalLong.of(3), OptionalLong.of(10)));
        assertEquals(3, NextVersion.of("a", OptionalLong.empty(), OptionalLong.of(3)));
    }

    @Test
    void aRequestedVersionNotAboveTheLastIsAConflict() {
        VersionConflictException same = assertThrows(VersionConflictException.class,
                () -> NextVersion.of("art1", OptionalLong.of(3), OptionalLong.of(3)));
        assertEquals("version 3 of article art1 is not greater than the last version 3", same.getMessage());
        VersionConflictException older = assertThrows(VersionConflictException.class,
                () -> NextVersion.of("art1", OptionalLong.of(3), OptionalLong.of(2)));
        assertEquals(2, older.requested());
        assertEquals(3, older.last());
    }
}
