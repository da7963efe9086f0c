package io.newsdesk.launcher.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The bearer token of a local run. When no ingest tokens are configured, ingest would accept anything
 * from anyone who can reach port 8080; the local run closes that door by generating one token for the
 * source {@value #LOCAL_SOURCE} and keeping it in {@code <data dir>/}{@value #FILE_NAME}, readable by
 * its owner only, where {@code ./newsdesk submit} finds it. The file is kept across restarts, so a
 * token given to a script keeps working.
 */
public final class IngestToken {
    public static final String FILE_NAME = "ingest-token";
    public static final String LOCAL_SOURCE = "local";
    private static final int TOKEN_BYTES = 32;

    private IngestToken() {
    }

    /** 256 random bits, URL-safe base64 without padding (43 characters, no spaces or commas). */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The token stored in the data directory, if there is one. */
    public static Optional<String> read(Path dataDirectory) {
        Path file = file(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ingest token in " + file, e);
        }
    }

    /** The stored token, or a new one written with owner-only permissions (0600). */
    public static String readOrCreate(Path dataDirectory, SecureRandom random) {
        Optional<String> existing = read(dataDirectory);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = generate(random);
        Path file = file(dataDirectory);
        try {
            Files.createDirectories(dataDirectory);
            // Created with its permissions in one step: there is no moment in which others could read it.
            FileAttribute<?>[] ownerOnly = dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Files.createFile(file, ownerOnly);
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return token;
        } catch (FileAlreadyExistsException raced) {
            // Another launcher created it between our read and create: use theirs.
            return read(dataDirectory).orElseThrow(() -> new IllegalStateException(file + " exists but is empty"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest token to " + file, e);
        }
    }
}
