package org.roikit.attribution.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command, read by hand from its arguments: {@code --name VALUE},
 * {@code --name=VALUE} or a bare {@code --flag}. Anything else is an error naming the problem:
 * an unknown option, a positional argument, a missing or empty value, a value given to a flag, or
 * an option given twice. A value may not start with {@code --} unless written as
 * {@code --name=VALUE}, so that {@code --output --format csv} reads as a missing value rather
 * than as a file named {@code --format}.
 */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    /**
     * Returns the options of {@code command} read from {@code args}.
     *
     * @param command the command, for messages
     * @param args the arguments after the command
     * @param valued the options that take a value, each mapped to the name of its value in
     *     messages (such as {@code FILE})
     * @param flagNames the options that take no value
     * @throws CliException if an argument breaks a rule
     */
    static Arguments parse(String command, List<String> args, Map<String, String> valued, Set<String> flagNames) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                throw new CliException(command + ": unexpected argument \"" + arg + "\" (options start with --)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (valued.containsKey(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new CliException(name + " needs a value: " + name + " " + valued.get(name));
                }
                if (parsed.values.containsKey(name)) {
                    throw new CliException(name + " is given twice");
                }
                if (value.isEmpty()) {
                    throw new CliException(name + ": the value is empty");
                }
                parsed.values.put(name, value);
            } else if (flagNames.contains(name)) {
                if (eq >= 0) {
                    throw new CliException(name + " takes no value, but was given \"" + arg.substring(eq + 1) + "\"");
                }
                if (!parsed.flags.add(name)) {
                    throw new CliException(name + " is given twice");
                }
            } else {
                throw new CliException(command + ": unknown option " + name + " (see roi help)");
            }
        }
        return parsed;
    }

    /** Returns the value of option {@code name}, if given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Returns whether option {@code name} (with or without a value) was given. */
    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }
}
