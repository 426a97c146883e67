package io.winnow.config;

import java.math.BigInteger;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of value a key takes, with its allowed range. It parses the value from the YAML file (strictly typed) or
 * from text (environment, secret files, command line), and says how the value is documented and displayed.
 * Reasons never repeat a text value: it may be a secret put under the wrong key.
 */
sealed interface ValueType {
    /** The documented type, for example {@code integer 1..65535}. */
    String describe();

    Parsed fromText(String text);

    /**
     * Parses a value from the file. By default any non-null scalar is taken as written and parsed like text;
     * types that insist on a YAML type (numbers) override this.
     */
    default Parsed fromYaml(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull()
                ? fromText(scalar.text())
                : Parsed.bad("expected " + expected() + ", got " + node.kind());
    }

    /** What a message says was expected, for example {@code a URL}. */
    default String expected() {
        return "text";
    }

    /** A further check that needs the file system; a reason when the value is refused. */
    default Optional<String> check(Object value, FileSystem fs) {
        return Optional.empty();
    }

    /** The value as shown to people. */
    default String display(Object value) {
        return String.valueOf(value);
    }

    /** A parsed value, or the reason it was refused. */
    record Parsed(Object value, String problem) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }

        boolean failed() {
            return problem != null;
        }
    }

    /** Text, blank or not. */
    record Text(boolean blankAllowed) implements ValueType {
        @Override
        public String describe() {
            return blankAllowed ? "text" : "text, not empty";
        }

        @Override
        public Parsed fromText(String text) {
            return !blankAllowed && text.isBlank() ? Parsed.bad("must not be empty") : Parsed.ok(text);
        }

    }

    /** A JDBC URL with one of the given prefixes, or empty. Credentials written into it are hidden on display. */
    record JdbcUrl(List<String> prefixes) implements ValueType {
        public JdbcUrl {
            prefixes = List.copyOf(prefixes);
        }

        @Override
        public String describe() {
            return "empty or a URL starting with " + String.join(" or ", prefixes);
        }

        @Override
        public Parsed fromText(String text) {
            String url = text.strip();
            boolean known = url.isEmpty() || prefixes.stream().anyMatch(url::startsWith);
            return known ? Parsed.ok(url) : Parsed.bad("must be empty or start with " + String.join(" or ", prefixes));
        }

        @Override
        public String expected() {
            return "a URL";
        }

        @Override
        public String display(Object value) {
            return WinnowConfig.Store.redactUrl((String) value);
        }
    }

    /** A secret: any text, shown as {@code [hidden]}. */
    record SecretText() implements ValueType {
        @Override
        public String describe() {
            return "secret";
        }

        @Override
        public Parsed fromText(String text) {
            return Parsed.ok(Secret.of(text));
        }


        @Override
        public String display(Object value) {
            return value.toString();
        }
    }

    /** A whole number within [min, max]. */
    record WholeNumber(long min, long max) implements ValueType {
        @Override
        public String describe() {
            return "integer " + min + ".." + max;
        }

        @Override
        public Parsed fromText(String text) {
            try {
                return inRange(new BigInteger(text.strip()));
            } catch (NumberFormatException e) {
                return Parsed.bad("expected " + expected());
            }
        }

        @Override
        public String expected() {
            return "an integer";
        }

        @Override
        public Parsed fromYaml(YamlNode node) {
            if (node instanceof YamlNode.Scalar scalar
                    && (scalar.value() instanceof Integer || scalar.value() instanceof Long || scalar.value() instanceof BigInteger)) {
                return inRange(new BigInteger(scalar.value().toString()));
            }
            return Parsed.bad("expected " + expected() + ", got " + node.kind());
        }

        private Parsed inRange(BigInteger value) {
            boolean fits = value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
            return fits ? Parsed.ok(value.longValueExact())
                    : Parsed.bad("must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** A finite decimal number within [min, max]. */
    record Decimal(double min, double max) implements ValueType {
        @Override
        public String describe() {
            return "number " + min + ".." + max;
        }

        @Override
        public Parsed fromText(String text) {
            try {
                return inRange(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                return Parsed.bad("expected " + expected());
            }
        }

        @Override
        public String expected() {
            return "a number";
        }

        @Override
        public Parsed fromYaml(YamlNode node) {
            if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Number number) {
                return inRange(number.doubleValue());
            }
            return Parsed.bad("expected " + expected() + ", got " + node.kind());
        }

        private Parsed inRange(double value) {
            return Double.isFinite(value) && value >= min && value <= max
                    ? Parsed.ok(value)
                    : Parsed.bad("must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** One of a fixed set of lower-case words, matched without regard to case. */
    record Choice(List<String> options) implements ValueType {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", options);
        }

        @Override
        public Parsed fromText(String text) {
            String word = text.strip().toLowerCase(Locale.ROOT);
            return options.contains(word) ? Parsed.ok(word) : Parsed.bad("must be one of " + String.join(", ", options));
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", options);
        }
    }

    /** Empty, or the path of a readable regular file. */
    record OptionalFile() implements ValueType {
        @Override
        public String describe() {
            return "empty or the path of a readable file";
        }

        @Override
        public Parsed fromText(String text) {
            return Parsed.ok(text.strip());
        }

        @Override
        public String expected() {
            return "a file path";
        }

        @Override
        public Optional<String> check(Object value, FileSystem fs) {
            String path = (String) value;
            if (path.isEmpty()) {
                return Optional.empty();
            }
            try {
                Path file = fs.getPath(path);
                return Files.isRegularFile(file) && Files.isReadable(file)
                        ? Optional.empty()
                        : Optional.of("names no readable file");
            } catch (InvalidPathException e) {
                return Optional.of("is not a valid path");
            }
        }
    }

    /** A yes-or-no switch: {@code true} or {@code false}. */
    record Flag() implements ValueType {
        @Override
        public String describe() {
            return "true or false";
        }

        @Override
        public Parsed fromText(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Parsed.ok(Boolean.TRUE);
                case "false" -> Parsed.ok(Boolean.FALSE);
                default -> Parsed.bad("expected " + expected());
            };
        }

        @Override
        public Parsed fromYaml(YamlNode node) {
            return node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean b
                    ? Parsed.ok(b) : Parsed.bad("expected " + expected() + ", got " + node.kind());
        }

        @Override
        public String expected() {
            return "true or false";
        }
    }

    /**
     * A length of time within [min, max], written as a number and a unit: {@code 500ms}, {@code 90s}, {@code 30m},
     * {@code 1h}, {@code 7d}. The value is a {@link java.time.Duration}.
     */
    record TimeSpan(java.time.Duration min, java.time.Duration max) implements ValueType {
        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

        @Override
        public String describe() {
            return "duration " + display(min) + ".." + display(max) + " (ms, s, m, h or d)";
        }

        @Override
        public Parsed fromText(String text) {
            java.util.regex.Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return Parsed.bad("expected " + expected());
            }
            long n = Long.parseLong(m.group(1));
            java.time.Duration d = switch (m.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                case "h" -> java.time.Duration.ofHours(n);
                default -> java.time.Duration.ofDays(n);
            };
            return d.compareTo(min) >= 0 && d.compareTo(max) <= 0 ? Parsed.ok(d)
                    : Parsed.bad("must be between " + display(min) + " and " + display(max) + ", was " + display(d));
        }

        @Override
        public String expected() {
            return "a duration such as 90s, 30m or 1h";
        }

        /** The largest whole unit: {@code 1h}, {@code 90s}, {@code 1500ms}; accepts ISO-8601 text from the binder. */
        @Override
        public String display(Object value) {
            java.time.Duration d = value instanceof java.time.Duration duration ? duration
                    : java.time.Duration.parse(value.toString());
            long ms = d.toMillis();
            long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
            String[] units = {"d", "h", "m", "s"};
            for (int i = 0; i < sizes.length; i++) {
                if (ms != 0 && ms % sizes[i] == 0) {
                    return ms / sizes[i] + units[i];
                }
            }
            return ms + "ms";
        }
    }
}
