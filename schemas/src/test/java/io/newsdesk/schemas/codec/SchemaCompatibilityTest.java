package io.newsdesk.schemas.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's schema-evolution gate. Every released version of every topic's schema must stay
 * compatible with the current one in both directions: today's services read records an old release
 * wrote (backward), and a consumer still holding an old .avsc reads what today's services write
 * (forward). Fix a failure by making the change compatible (add fields with defaults, never remove or
 * retype one), not by editing a released file.
 */
class SchemaCompatibilityTest {

    @TestFactory
    Stream<DynamicTest> everyReleasedVersionIsFullyCompatibleWithTheCurrentSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            Schema current = SpecificData.get().getSchema(type);
            for (ReleasedSchemas.Release release : ReleasedSchemas.shipped().of(current.getFullName())) {
                tests.add(DynamicTest.dynamicTest(release.path(), () -> assertFullyCompatible(current, release)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyTopLevelRecordHasBeenReleased() {
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            String name = SpecificData.get().getSchema(type).getFullName();
            assertFalse(ReleasedSchemas.shipped().of(name).isEmpty(),
                    name + " has no released version: run SchemaRelease before shipping a new topic schema");
        }
    }

    @Test
    void theGateRejectsAnIncompatibleChange() {
        Schema released = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"}]}""");
        Schema retyped = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}""");
        Schema addedWithoutDefault = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"},{"name":"b","type":"string"}]}""");
        assertEquals(SchemaCompatibilityType.INCOMPATIBLE,
                SchemaCompatibility.checkReaderWriterCompatibility(retyped, released).getType());
        assertEquals(SchemaCompatibilityType.INCOMPATIBLE,
                SchemaCompatibility.checkReaderWriterCompatibility(addedWithoutDefault, released).getType());
    }

    private static void assertFullyCompatible(Schema current, ReleasedSchemas.Release release) {
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(current, release.schema());
        assertTrue(backward.getType() == SchemaCompatibilityType.COMPATIBLE,
                () -> "current " + current.getName() + " cannot read records written with " + release.path() + ": "
                        + backward.getResult().getIncompatibilities());
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(release.schema(), current);
        assertTrue(forward.getType() == SchemaCompatibilityType.COMPATIBLE,
                () -> "a consumer holding " + release.path() + " cannot read records written with the current "
                        + current.getName() + ": " + forward.getResult().getIncompatibilities());
    }
}
