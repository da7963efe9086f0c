package io.newsdesk.launcher;

/**
 * The command line itself is wrong (unknown command, unknown option, missing argument): the CLI
 * prints the message with the command's usage and exits with status 2, as shells expect.
 */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
