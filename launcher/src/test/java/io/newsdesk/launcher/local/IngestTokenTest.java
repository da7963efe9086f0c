package io.newsdesk.launcher.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTokenTest {
    @TempDir
    Path data;

    @Test
    void aNewTokenIsStoredReadableByItsOwnerOnly() throws Exception {
        String token = IngestToken.readOrCreate(data.resolve("nested"), new SecureRandom());

        Path file = data.resolve("nested").resolve("ingest-token");
        assertEquals(token + "\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theStoredTokenIsKeptAcrossRuns() {
        String first = IngestToken.readOrCreate(data, new SecureRandom());
        String second = IngestToken.readOrCreate(data, new SecureRandom());

        assertEquals(first, second);
        assertEquals(Optional.of(first), IngestToken.read(data));
    }

    @Test
    void tokensAre256RandomBitsInUrlSafeBase64() {
        SecureRandom random = new SecureRandom();
        String one = IngestToken.generate(random);
        String two = IngestToken.generate(random);

        assertEquals(43, one.length());
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, two);
    }

    @Test
    void noFileMeansNoToken() {
        assertEquals(Optional.empty(), IngestToken.read(data));
    }
}
