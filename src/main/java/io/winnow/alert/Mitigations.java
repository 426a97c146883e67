package io.winnow.alert;

import java.util.List;

/**
 * What to do about an alert, by horizon.
 *
 * @param immediate  now, within the hour
 * @param shortTerm  this week
 * @param longTerm   this quarter
 */
public record Mitigations(List<String> immediate, List<String> shortTerm, List<String> longTerm) {
    public static final Mitigations NONE = new Mitigations(List.of(), List.of(), List.of());

    public Mitigations {
        immediate = List.copyOf(immediate);
        shortTerm = List.copyOf(shortTerm);
        longTerm = List.copyOf(longTerm);
    }
}
