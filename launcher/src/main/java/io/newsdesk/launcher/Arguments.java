package io.newsdesk.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments after its name: positional words, boolean flags ({@code --from-beginning})
 * and options with a value ({@code --max 5} or {@code --max=5}). {@code --} ends the options, so a
 * file called {@code --odd} can still be named. Anything not declared is a usage error that names it:
 * a typo such as {@code --from-begining} must not silently tail from the end.
 */
public final class Arguments {
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
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("--")) {
                if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                    throw new UsageException("unknown option " + arg + " (options are written --name)");
                }
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                flags.add(name);
            } else if (optionNames.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (value.isBlank()) {
                    throw new UsageException("--" + name + " needs a non-empty value");
                }
                if (options.putIfAbsent(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option --" + name + accepted(flagNames, optionNames));
            }
        }
        return new Arguments(positionals, flags, options);
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
