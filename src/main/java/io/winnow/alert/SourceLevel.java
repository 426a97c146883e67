package io.winnow.alert;

import java.util.Objects;

/**
 * The source's own idea of how bad an alert is, kept as given and mapped onto our scale.
 *
 * @param scheme   the scale it was given on: {@code falco-priority}, {@code wazuh-level}, {@code syslog-severity}
 *                 or {@code sib-priority}
 * @param raw      the value as given, for example {@code Warning} or {@code 12}
 * @param severity the value mapped onto Winnow's scale
 */
public record SourceLevel(String scheme, String raw, Severity severity) {
    public SourceLevel {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(severity, "severity");
    }
}
