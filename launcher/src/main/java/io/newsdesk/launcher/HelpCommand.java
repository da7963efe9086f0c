package io.newsdesk.launcher;

import java.util.List;
import java.util.function.Supplier;

/** {@code help [COMMAND]}: the command list, or one command's details. */
final class HelpCommand implements Command {
    private final Supplier<List<Command>> commands;

    HelpCommand(Supplier<List<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "[COMMAND]";
    }

    @Override
    public String summary() {
        return "this text, or the details of one command";
    }

    @Override
    public String details() {
        return "Lists the commands, or explains one: ./newsdesk help tail";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        Arguments arguments = Arguments.parse(args, java.util.Set.of(), java.util.Set.of())
                .requirePositionals(0, 1, "command name");
        if (arguments.positionals().isEmpty()) {
            context.out().print(overview(commands.get()));
            return NewsdeskCli.OK;
        }
        String name = arguments.positionals().get(0);
        for (Command command : commands.get()) {
            if (command.name().equals(name)) {
                context.out().println("usage: ./newsdesk " + command.name()
                        + (command.synopsis().isEmpty() ? "" : " " + command.synopsis()));
                context.out().println();
                context.out().println(command.details());
                return NewsdeskCli.OK;
            }
        }
        throw new UsageException("no command named '" + name + "'");
    }

    static String overview(List<Command> commands) {
        StringBuilder text = new StringBuilder();
        text.append("Newsdesk: an event-driven publishing pipeline for newsrooms on Apache Kafka.\n\n");
        text.append("usage: ./newsdesk COMMAND [ARGUMENTS]\n\ncommands:\n");
        for (Command command : commands) {
            String head = command.name() + (command.synopsis().isEmpty() ? "" : " " + command.synopsis());
            text.append(String.format("  %-42s %s%n", head, command.summary()));
        }
        text.append(String.format("  %-42s %s%n", "test [MAVEN ARGS]", "the test suite, mvn -B verify (script only)"));
        text.append(String.format("  %-42s %s%n", "bench [OPTIONS]", "the benchmark, see BENCHMARKS.md (script only)"));
        text.append(String.format("  %-42s %s%n", "bench --archive N [OPTIONS]", "the read side holding N articles, see BENCHMARKS.md (script only)"));
        text.append("\nConfiguration comes from environment variables; ./newsdesk help COMMAND names the ones it reads.\n");
        return text.toString();
    }
}
