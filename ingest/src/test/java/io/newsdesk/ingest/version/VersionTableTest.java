package io.newsdesk.ingest.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VersionTableTest {
    @Test
    void unknownArticleHasNoLastVersion() {
        assertEquals(OptionalLong.empty(), new VersionTable().last("nope"));
    }

    @Test
    void anOlderStampNeverMovesTheTableBack() {
        VersionTable table = new VersionTable();
        table.advance("a", 4);
        table.advance("a", 2);
        table.advance("b", 1);
        assertEquals(OptionalLong.of(4), table.last("a"));
        assertEquals(OptionalLong.of(1), table.last("b"));
        assertEquals(2, table.size());
    }
}
