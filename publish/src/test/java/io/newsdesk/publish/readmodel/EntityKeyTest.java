package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.schemas.EntityType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntityKeyTest {
    /** The general form, applied to every name before ASCII names got their one-pass path. */
    private static String reference(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        boolean dash = false;
        for (int cp : folded.codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                key.appendCodePoint(cp);
                dash = false;
            } else if (cp == '.' || cp == '\'' || cp == '\u2019') {
                continue;
            } else if (!dash && key.length() > 0) {
                key.append('-');
                dash = true;
            }
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(0, Math.min(end, 120));
    }

    @Test
    void asciiAndOtherNamesGetTheSameKeysAsTheNormalizingForm() {
        for (String name : List.of("David Trone", "U.S. Drug Enforcement Administration", "O'Brien", "O\u2019Brien",
                "Harlow County Sheriff's Office", "  --Lead & Trail--  ", "AT&T", "3M", "São Paulo", "Zürich",
                "ＩＢＭ", "Ⅻ Legion", "Straße", "İstanbul", "Москва", "東京", "ﬁnance ﬁrm", "<>!", "", "a".repeat(130),
                "Ab-Cd_Ef\tGh", "x".repeat(119) + " y")) {
            assertEquals(reference(name), EntityKey.keyOf(name), "name '" + name + "'");
        }
    }

    @Test
    void foldsCasePunctuationAndAccentsIntoOneKey() {
        assertEquals("harlow-county-sheriffs-office", EntityKey.keyOf("Harlow County Sheriff's Office"));
        assertEquals("us-drug-enforcement-administration", EntityKey.keyOf("U.S. Drug Enforcement Administration"));
        assertEquals(EntityKey.keyOf("Sao Paulo"), EntityKey.keyOf("São Paulo"));
        assertEquals("", EntityKey.keyOf(null));
        assertNull(EntityKey.orNull(EntityType.PERSON, "<>!"));
        assertEquals(new EntityKey(EntityType.PLACE, "ohio"), EntityKey.orNull(EntityType.PLACE, "OHIO"));
    }
}
