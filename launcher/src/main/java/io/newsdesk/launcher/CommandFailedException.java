package io.newsdesk.launcher;

/**
 * An expected failure with a message that says everything a user needs (a file that does not exist,
 * a broker that does not answer): the CLI prints the message alone, without a stack trace, and exits 1.
 * Anything else that escapes a command is a defect or an infrastructure fault and is printed in full.
 */
public final class CommandFailedException extends Exception {
    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
