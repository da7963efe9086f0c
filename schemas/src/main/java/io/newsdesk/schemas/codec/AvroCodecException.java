package io.newsdesk.schemas.codec;

/** A record could not be encoded or decoded; the message says which type and why. */
public class AvroCodecException extends RuntimeException {
    public AvroCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
