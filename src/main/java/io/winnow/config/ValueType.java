package io.winnow.config;

import java.math.BigInteger;
import java.nio.file.FileSystem;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Empty, or the path of a readable regular file, or of a readable directory when {@code forDirectory}. */
    record OptionalPath(boolean forDirectory) implements ValueType {
        static OptionalPath file() {
            return new OptionalPath(false);
        }

        static OptionalPath directory() {
            return new OptionalPath(true);
        }

        private String noun() {
            return forDirectory ? "directory" : "file";
        }

        @Override
        public String describe() {
            return "empty or the path of a readable " + noun();
        }

        @Override
        public Parsed fromText(String text) {
            return Parsed.ok(text.strip());
        }

        @Override
        public String expected() {
            return "a " + noun() + " path";
        }

        @Override
        public Optional<String> check(Object value, FileSystem fs) {
            String path = (String) value;
            if (path.isEmpty()) {
                return Optional.empty();
            }
            try {
                Path p = fs.getPath(path);
                boolean right = forDirectory ? Files.isDirectory(p) : Files.isRegularFile(p);
                return right && Files.isReadable(p) ? Optional.empty() : Optional.of("names no readable " + noun());
            } catch (InvalidPathException e) {
                return Optional.of("is not a valid path");
            }
        }
    }

    /** A duration written as a whole number and a unit: {@code 500ms}, {@code 5s}, {@code 2m} or {@code 1h}. */
    record TimeSpan(Duration min, Duration max) implements ValueType {
        private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

        @Override
        public String describe() {
            return "duration " + format(min) + ".." + format(max) + " (ms, s, m or h)";
        }

        @Override
        public Parsed fromText(String text) {
            Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return Parsed.bad("expected " + expected());
            }
            long amount = Long.parseLong(m.group(1));
            Duration value = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                    ? Parsed.ok(value)
                    : Parsed.bad("must be between " + format(min) + " and " + format(max) + ", was " + format(value));
        }

        @Override
        public String expected() {
            return "a duration such as 5s or 500ms";
        }

        @Override
        public String display(Object value) {
            return value instanceof Duration d ? format(d) : String.valueOf(value);
        }

        /** The largest whole unit: {@code 5s} rather than {@code 5000ms}. */
        static String format(Duration d) {
            long ms = d.toMillis();
            if (ms != 0 && ms % 3_600_000 == 0) {
                return ms / 3_600_000 + "h";
            }
            if (ms != 0 && ms % 60_000 == 0) {
                return ms / 60_000 + "m";
            }
            return ms % 1_000 == 0 ? ms / 1_000 + "s" : ms + "ms";
        }
    }

    /** {@code true} or {@code false}. */
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
            return node instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean flag
                    ? Parsed.ok(flag)
                    : Parsed.bad("expected " + expected() + ", got " + node.kind());
        }

        @Override
        public String expected() {
            return "true or false";
        }
    }

    /**
     * A list of text values: a YAML list of scalars in the file, or comma-separated text (environment, command
     * line). Blank entries are dropped; the value is an unmodifiable {@code List<String>}.
     */
    record TextList() implements ValueType {
        private static final int MAX_ITEMS = 10_000;

        @Override
        public String describe() {
            return "list of text (YAML list or comma-separated)";
        }

        @Override
        public Parsed fromText(String text) {
            List<String> items = java.util.Arrays.stream(text.split(",")).map(String::strip)
                    .filter(item -> !item.isEmpty()).toList();
            return items.size() > MAX_ITEMS ? Parsed.bad("has more than " + MAX_ITEMS + " entries") : Parsed.ok(items);
        }

        @Override
        public String expected() {
            return "a list of text";
        }

        @Override
        public Parsed fromYaml(YamlNode node) {
            if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text) {
                return fromText(text);
            }
            if (!(node instanceof YamlNode.Sequence sequence)) {
                return Parsed.bad("expected " + expected() + ", got " + node.kind());
            }
            List<String> items = new java.util.ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                    return Parsed.bad("expected " + expected() + ", got an entry that is " + item.kind());
                }
                if (!scalar.text().isBlank()) {
                    items.add(scalar.text().strip());
                }
            }
            return items.size() > MAX_ITEMS ? Parsed.bad("has more than " + MAX_ITEMS + " entries")
                    : Parsed.ok(List.copyOf(items));
        }

        @Override
        public String display(Object value) {
            return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
        }
    }
}
