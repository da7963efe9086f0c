package io.newsdesk.launcher;

import java.util.List;

/** One {@code ./newsdesk} sub-command. */
public interface Command {

    /** The word that selects it: {@code up}, {@code tail}, ... */
    String name();

    /** Its arguments as the help shows them, e.g. {@code TOPIC [--from-beginning] [--max N]}. */
    String synopsis();

    /** One line for the command list. */
    String summary();

    /** The longer text shown by {@code ./newsdesk help NAME}: what it does, its options and variables. */
    String details();

    /**
     * Runs the command with the arguments that followed its name.
     *
     * @return the process exit status: 0 on success, 1 when some of the work failed
     * @throws UsageException         the arguments are wrong (exit status 2)
     * @throws CommandFailedException an expected failure whose message says it all (exit status 1)
     */
    int run(List<String> args, CliContext context) throws Exception;
}
