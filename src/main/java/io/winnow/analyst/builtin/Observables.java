package io.winnow.analyst.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one masked alert shows, sorted by {@link FieldKind}: the values behaviour patterns are matched against and
 * templates are filled with. Values keep their original case and may be mask tokens. Built once per alert by
 * {@link ObservableExtractor}; not thread-safe while being built, read-only after.
 */
final class Observables {
    static final int MAX_VALUES_PER_KIND = 24;
    /** Text gathers every field value, and structured events have many. */
    static final int MAX_TEXT_VALUES = 400;

    private final Map<FieldKind, Set<String>> values = new EnumMap<>(FieldKind.class);
    private final Map<String, Set<String>> named = new LinkedHashMap<>();
    private final Map<FieldKind, String> lowered = new EnumMap<>(FieldKind.class);
    private final Map<FieldKind, List<String>> loweredValues = new EnumMap<>(FieldKind.class);
    private final String message;
    private final String program;
    private final String host;

    Observables(String message, String program, String host) {
        this.message = message;
        this.program = program;
        this.host = host;
    }

    void add(FieldKind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Set<String> set = values.computeIfAbsent(kind, k -> new LinkedHashSet<>());
        if (set.size() < (kind == FieldKind.TEXT ? MAX_TEXT_VALUES : MAX_VALUES_PER_KIND)) {
            set.add(value.length() > BoundedRegex.MAX_INPUT ? value.substring(0, BoundedRegex.MAX_INPUT) : value);
        }
    }

    /** A field by the last part of its name, lower case ({@code logontype}), for {@code field:} conditions. */
    void addNamed(String lastKeySegment, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Set<String> set = named.computeIfAbsent(lastKeySegment, k -> new LinkedHashSet<>());
        if (set.size() < MAX_VALUES_PER_KIND) {
            set.add(value.length() > BoundedRegex.MAX_INPUT ? value.substring(0, BoundedRegex.MAX_INPUT) : value);
        }
    }

    boolean has(FieldKind kind) {
        return values.containsKey(kind);
    }

    /** The values a condition on {@code kind} is tested against. */
    List<String> values(FieldKind kind) {
        return typed(kind);
    }

    /** The values of a kind, in the order they were found. */
    List<String> typed(FieldKind kind) {
        Set<String> set = values.get(kind);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** The first typed value of a kind, or null. */
    String first(FieldKind kind) {
        Set<String> set = values.get(kind);
        return set == null || set.isEmpty() ? null : set.iterator().next();
    }

    List<String> named(String lastKeySegment) {
        Set<String> set = named.get(lastKeySegment);
        return set == null ? List.of() : List.copyOf(set);
    }

    /** Every value of a kind, lower-cased and joined by newlines: what literal prefilters scan. */
    String lowered(FieldKind kind) {
        return lowered.computeIfAbsent(kind, k -> String.join("\n", values(k)).toLowerCase(Locale.ROOT));
    }

    /** Each value of a kind lower-cased, in the order of {@link #values(FieldKind)}. */
    List<String> loweredValues(FieldKind kind) {
        return loweredValues.computeIfAbsent(kind,
                k -> values(k).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    String message() {
        return message;
    }

    String program() {
        return program;
    }

    String host() {
        return host;
    }

    /** Kinds that have typed values, in enum order. */
    List<FieldKind> kinds() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }
}
