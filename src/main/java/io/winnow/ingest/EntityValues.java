package io.winnow.ingest;

import io.winnow.alert.EntityType;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a field value is a usable entity of a type. Sources fill empty slots with placeholders
 * ({@code <NA>} in Falco, {@code -} in Windows events) and machine fields with junk now and then; such values
 * stay in {@code fields} but do not become entities.
 */
final class EntityValues {
    private static final Set<String> PLACEHOLDERS = Set.of("", "-", "<NA>", "N/A", "n/a", "(null)");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern WINDOWS_PATH = Pattern.compile("(?:[A-Za-z]:\\\\|\\\\\\\\).*", Pattern.DOTALL);

    private EntityValues() {
    }

    /** The value to store for the entity (stripped), or null when it is not one. */
    static String clean(EntityType type, String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (PLACEHOLDERS.contains(v)) {
            return null;
        }
        return switch (type) {
            case SOURCE_IP, DESTINATION_IP, AGENT_IP -> IpLiteral.isValid(v) ? v : null;
            case SOURCE_PORT, DESTINATION_PORT -> isPort(v) ? v : null;
            case FILE -> isPath(v) ? v : null;
            default -> v;
        };
    }

    static boolean isPort(String v) {
        return PORT.matcher(v).matches() && Integer.parseInt(v) <= 65_535;
    }

    /** Absolute POSIX paths and Windows drive or UNC paths; not socket tuples, pipes or relative names. */
    static boolean isPath(String v) {
        return v.startsWith("/") || WINDOWS_PATH.matcher(v).matches();
    }
}
