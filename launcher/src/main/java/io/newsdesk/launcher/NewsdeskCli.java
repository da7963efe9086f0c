package io.newsdesk.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The {@code ./newsdesk} command line. It only dispatches: the first argument names a {@link Command},
 * the rest are that command's. Exit status 0 is success, 1 a failure of the work, 2 a wrong command line.
 */
public final class NewsdeskCli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public NewsdeskCli(List<Command> commands) {
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named " + command.name());
            }
        }
        HelpCommand help = new HelpCommand(this::commands);
        this.commands.putIfAbsent(help.name(), help);
    }

    /** Every command of the real CLI, in the order the help lists them. */
    public static NewsdeskCli standard() {
        return new NewsdeskCli(List.of(new UpCommand(), new DemoCommand(), new SubmitCommand(), new ImportCommand(),
                new TailCommand(), new EnrichCommand(), new DlqCommand()));
    }

    /** The launcher's logging setup; a resource name of its own, see {@link #main}. */
    static final String LOGGING_CONFIGURATION = "newsdesk-launcher-logback.xml";

    public static void main(String[] args) {
        // Every service jar on the class path ships its own logback.xml; naming ours explicitly picks it
        // (stderr only, quiet Kafka) instead of whichever comes first. Set before any logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        }
        int status = standard().run(Arrays.asList(args), CliContext.ofProcess());
        // Kafka clients and HTTP servers leave non-daemon threads behind; the status is the last word.
        System.exit(status);
    }

    public List<Command> commands() {
        return Collections.unmodifiableList(new ArrayList<>(commands.values()));
    }

    public int run(List<String> args, CliContext context) {
        if (args.isEmpty()) {
            context.err().print(HelpCommand.overview(commands()));
            return USAGE;
        }
        String name = args.get(0);
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        }
        Command command = commands.get(name);
        if (command == null) {
            context.err().println("newsdesk: unknown command '" + name + "'. Commands: "
                    + String.join(", ", commands.keySet()) + ". Run ./newsdesk help for details.");
            return USAGE;
        }
        try {
            return command.run(args.subList(1, args.size()), context);
        } catch (UsageException e) {
            context.err().println("newsdesk " + command.name() + ": " + e.getMessage());
            context.err().println("usage: ./newsdesk " + command.name()
                    + (command.synopsis().isEmpty() ? "" : " " + command.synopsis()));
            context.err().println("(./newsdesk help " + command.name() + " explains it)");
            return USAGE;
        } catch (CommandFailedException e) {
            context.err().println("newsdesk " + command.name() + ": " + messageChain(e));
            // The message says what to do; the stack is there for whoever digs deeper (NEWSDESK_LOG_LEVEL=DEBUG).
            // Looked up here, not in a static field: class initialization would run before main() chose the logging setup.
            LoggerFactory.getLogger(NewsdeskCli.class).debug("newsdesk {} failed", command.name(), e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.err().println("newsdesk " + command.name() + ": interrupted");
            return FAILED;
        } catch (Exception e) {
            // Not an expected failure: the stack trace is what a bug report needs.
            context.err().println("newsdesk " + command.name() + " failed: " + messageChain(e));
            e.printStackTrace(context.err());
            return FAILED;
        }
    }

    /** "message: cause message: ..." without repeating a cause already quoted in its wrapper's message. */
    static String messageChain(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }
}
