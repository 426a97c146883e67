package io.winnow.analyst.builtin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed things a behaviour pattern can test, named as in the pattern files. Each kind gathers its values from
 * the alert's entities, its flattened fields, {@code key=value} pairs and JSON in the message (see
 * {@link ObservableExtractor}). {@link #TEXT} is everything but the rule; {@link #RULE} is the rule's name, which
 * only rule signals test.
 */
enum FieldKind {
    TEXT, RULE, CMDLINE, PROCESS, PARENT, TARGET, FILE, USER, PORT, EVENT_ID, ACTION, SERVICE, IMAGE, URL, REGISTRY,
    DOMAIN, PROGRAM, SOURCE, SYSCALL, SRC_IP, DST_IP, NAMESPACE;

    /** The name used in pattern files, for example {@code event_id}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FieldKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
