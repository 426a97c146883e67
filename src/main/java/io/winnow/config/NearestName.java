package io.winnow.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one most likely meant, for "did you mean …?" hints. */
final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code typed}, if it is close enough to be a plausible typo. */
    static Optional<String> to(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        Optional<String> close = known.stream()
                .filter(name -> distance(wanted, name.toLowerCase(Locale.ROOT)) <= tolerance(name))
                .min(Comparator.comparingInt(name -> distance(wanted, name.toLowerCase(Locale.ROOT))));
        return close.isPresent() ? close : sameLastPart(wanted, known);
    }

    /** {@code port} or {@code triage.port} most likely meant {@code server.port}: the part after the last dot matches. */
    private static Optional<String> sameLastPart(String wanted, Collection<String> known) {
        String last = lastPart(wanted);
        return known.stream().filter(name -> lastPart(name.toLowerCase(Locale.ROOT)).equals(last)).findFirst();
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static int tolerance(String name) {
        return name.length() <= 4 ? 1 : Math.max(2, name.length() / 5);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
