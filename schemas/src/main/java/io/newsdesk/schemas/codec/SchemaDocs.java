package io.newsdesk.schemas.codec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Renders {@code docs/schemas.md}: every record, enum and field of the topic schemas with its type and
 * doc string, and each top-level schema's fingerprint. A test regenerates it and compares, and fails
 * when a field has no doc, so the page is complete and current.
 */
public final class SchemaDocs {
    private SchemaDocs() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Schemas\n\n")
                .append("Generated from `schemas/src/main/avro/` by `SchemaDocs`; a test fails when this page is out of date\n")
                .append("or a field has no doc. Records travel in Avro single-object encoding: `C3 01`, the 8-byte\n")
                .append("little-endian CRC-64-AVRO fingerprint of the writer schema, then the Avro binary body.\n\n")
                .append("| topic value | fingerprint (hex, as in the record header) |\n|---|---|\n");
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            Schema schema = SpecificData.get().getSchema(type);
            md.append("| `").append(schema.getName()).append("` | `")
                    .append(fingerprintHex(schema)).append("` |\n");
        }
        for (Schema schema : allNamedSchemas()) {
            md.append("\n## ").append(schema.getName()).append("\n\n");
            if (schema.getDoc() != null) {
                md.append(schema.getDoc()).append("\n\n");
            }
            if (schema.getType() == Schema.Type.ENUM) {
                md.append("Symbols: ").append(String.join(", ", schema.getEnumSymbols().stream().map(s -> "`" + s + "`").toList()));
                if (schema.getEnumDefault() != null) {
                    md.append(" (readers map unknown symbols to `").append(schema.getEnumDefault()).append("`)");
                }
                md.append("\n");
                continue;
            }
            md.append("| field | type | default | meaning |\n|---|---|---|---|\n");
            for (Schema.Field field : schema.getFields()) {
                md.append("| `").append(field.name()).append("` | ").append(typeName(field.schema())).append(" | ")
                        .append(field.hasDefaultValue() ? "`" + defaultText(field) + "`" : "required").append(" | ")
                        .append(field.doc() == null ? "" : field.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Fields without a doc string, as {@code Record.field}; empty when every field is documented. */
    public static List<String> undocumentedFields() {
        List<String> missing = new ArrayList<>();
        for (Schema schema : allNamedSchemas()) {
            if (schema.getType() == Schema.Type.RECORD) {
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        missing.add(schema.getName() + "." + field.name());
                    }
                }
            }
        }
        return missing;
    }

    static String fingerprintHex(Schema schema) {
        long fp = SchemaNormalization.parsingFingerprint64(schema);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            hex.append(String.format("%02x", (fp >>> (8 * i)) & 0xff));
        }
        return hex.toString();
    }

    private static Set<Schema> allNamedSchemas() {
        Set<Schema> seen = new LinkedHashSet<>();
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            collect(SpecificData.get().getSchema(type), seen);
        }
        return seen;
    }

    private static void collect(Schema schema, Set<Schema> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema)) {
                    schema.getFields().forEach(f -> collect(f.schema(), seen));
                }
            }
            case ENUM -> seen.add(schema);
            case ARRAY -> collect(schema.getElementType(), seen);
            case MAP -> collect(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(s -> collect(s, seen));
            default -> {
            }
        }
    }

    private static String typeName(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM -> "[" + schema.getName() + "](#" + schema.getName().toLowerCase(java.util.Locale.ROOT) + ")";
            case ARRAY -> "array of " + typeName(schema.getElementType());
            case MAP -> "map of " + typeName(schema.getValueType());
            case UNION -> String.join(" or ", schema.getTypes().stream().map(SchemaDocs::typeName).toList());
            default -> schema.getLogicalType() != null ? schema.getLogicalType().getName() : schema.getType().getName();
        };
    }

    private static String defaultText(Schema.Field field) {
        Object value = field.defaultVal();
        if (value == org.apache.avro.JsonProperties.NULL_VALUE) {
            return "null";
        }
        return String.valueOf(value);
    }

    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
