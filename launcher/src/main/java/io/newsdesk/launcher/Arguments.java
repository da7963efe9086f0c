package io.newsdesk.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command's arguments after its name, parsed by picocli: positional words, boolean flags ({@code --from-beginning})
 * and options with a value ({@code --max 5} or {@code --max=5}). {@code --} ends the options, so a file called
 * {@code --odd} can still be named. Anything not declared is a usage error that names it: a typo such as
 * {@code --from-begining} must not silently tail from the end. picocli's own messages are put in the words
 * the rest of {@code ./newsdesk} uses ("--max needs a value").
 */
public final class Arguments {
    /** picocli's words for a flag given a value ({@code --from-beginning=yes}). */
    private static final Pattern FLAG_WITH_VALUE = Pattern.compile("option '(--[^']+)' should be specified without");
    private final List<String> positionals;
    private final Set<String> flags;
    private final Map<String, String> options;

    private Arguments(List<String> positionals, Set<String> flags, Map<String, String> options) {
        this.positionals = Collections.unmodifiableList(positionals);
        this.flags = Collections.unmodifiableSet(flags);
        this.options = Collections.unmodifiableMap(options);
    }

    /**
     * @param flagNames   accepted flags, without the leading {@code --}
     * @param optionNames accepted options that take a value, without the leading {@code --}
     */
    public static Arguments parse(List<String> args, Set<String> flagNames, Set<String> optionNames)
            throws UsageException {
        CommandSpec spec = CommandSpec.create();
        flagNames.forEach(name -> spec.addOption(OptionSpec.builder("--" + name).arity("0").type(boolean.class).build()));
        optionNames.forEach(name -> spec.addOption(OptionSpec.builder("--" + name).arity("1").type(String.class)
                .paramLabel(name.toUpperCase(Locale.ROOT)).build()));
        spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .paramLabel("ARGUMENT").build());
        // "-m" is no option of ours: refused as unknown, rather than taken for a file name.
        spec.parser().unmatchedOptionsArePositionalParams(false);
        ParseResult parsed;
        try {
            parsed = new CommandLine(spec).parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(inOurWords(e, flagNames, optionNames));
        }
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName().substring(2);
            if (flagNames.contains(name)) {
                flags.add(name);
                continue;
            }
            String value = option.getValue();
            if (value.isBlank()) {
                throw new UsageException("--" + name + " needs a non-empty value");
            }
            options.put(name, value);
        }
        List<String> positionals = parsed.hasMatchedPositional(0) ? parsed.matchedPositional(0).getValue() : List.of();
        if (positionals == null) {
            positionals = List.of();
        }
        return new Arguments(new ArrayList<>(positionals), flags, options);
    }

    private static String inOurWords(ParameterException e, Set<String> flagNames, Set<String> optionNames) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            if (!arg.startsWith("-")) {
                return "too many arguments: " + String.join(" ", unmatched.getUnmatched());
            }
            if (!arg.startsWith("--")) {
                return "unknown option " + arg + " (options are written --name)";
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (flagNames.contains(name.substring(2))) {
                return name + " takes no value";
            }
            return "unknown option " + name + accepted(flagNames, optionNames);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return option.longestName() + " needs a value";
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return option.longestName() + " is given twice";
        }
        Matcher flagWithValue = FLAG_WITH_VALUE.matcher(String.valueOf(e.getMessage()));
        if (flagWithValue.find()) {
            return flagWithValue.group(1) + " takes no value";
        }
        return e.getMessage();
    }

    private static String accepted(Set<String> flagNames, Set<String> optionNames) {
        List<String> all = new ArrayList<>();
        flagNames.forEach(f -> all.add("--" + f));
        optionNames.forEach(o -> all.add("--" + o));
        Collections.sort(all);
        return all.isEmpty() ? " (this command takes no options)" : " (accepted: " + String.join(", ", all) + ")";
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** An option that must be a whole number of at least {@code min}. */
    public Optional<Long> longOption(String name, long min) throws UsageException {
        Optional<String> value = option(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was '" + value.get() + "'");
        }
        if (parsed < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", was " + parsed);
        }
        return Optional.of(parsed);
    }

    /** Fails unless there are between {@code min} and {@code max} positional arguments. */
    public Arguments requirePositionals(int min, int max, String what) throws UsageException {
        if (positionals.size() < min) {
            throw new UsageException("missing " + what);
        }
        if (positionals.size() > max) {
            throw new UsageException("too many arguments: " + String.join(" ", positionals.subList(max, positionals.size())));
        }
        return this;
    }
}
