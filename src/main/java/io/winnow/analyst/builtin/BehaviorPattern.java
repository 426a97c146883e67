package io.winnow.analyst.builtin;

import io.winnow.alert.Severity;

import java.util.List;

/**
 * One entry of the knowledge base, as loaded and validated from a pattern file.
 *
 * @param id             unique ID, for example {@code lnx-reverse-shell-dev-tcp}
 * @param name           what the behaviour is, in a few words, used in summaries and reasoning
 * @param file           the file it came from, for messages
 * @param platform       the file's platform: {@code linux}, {@code windows}, {@code cloud} …
 * @param role           behaviour, rule name or benign activity
 * @param techniques     active ATT&CK technique IDs, most specific first; empty only for benign patterns
 * @param tactic         the tactic the behaviour serves (one of its techniques' tactics), or null for the first
 *                       technique's first tactic
 * @param severity       how bad the behaviour is on its own, or null when it says nothing about severity
 * @param confidence     how surely a match means this behaviour, 0–1
 * @param match          conditions that must all hold
 * @param unless         conditions none of which may hold
 * @param falsePositives innocent activity that looks like it
 * @param actions        what to do first, as templates (see {@link Template})
 * @param benignCause    for benign patterns, why the activity is harmless; else null
 */
record BehaviorPattern(String id, String name, String file, String platform, PatternRole role,
                       List<String> techniques, String tactic, Severity severity, double confidence,
                       List<Condition> match, List<Condition> unless, List<String> falsePositives,
                       List<String> actions, String benignCause) {

    BehaviorPattern {
        techniques = List.copyOf(techniques);
        match = List.copyOf(match);
        unless = List.copyOf(unless);
        falsePositives = List.copyOf(falsePositives);
        actions = List.copyOf(actions);
    }

    boolean matches(Observables obs) {
        for (Condition c : match) {
            if (!c.maybe(obs)) {
                return false;
            }
        }
        for (Condition c : match) {
            if (!c.matches(obs)) {
                return false;
            }
        }
        for (Condition c : unless) {
            if (c.matches(obs)) {
                return false;
            }
        }
        return true;
    }

    /** Ranks matches: surer and more specific patterns first; typed fields count more than free text. */
    double rank() {
        long typed = match.stream().filter(Condition::typed).count();
        return confidence + 0.03 * typed + 0.01 * (match.size() - typed)
                + (severity == null ? 0 : 0.005 * severity.ordinal());
    }
}
