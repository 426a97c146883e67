package io.winnow.alert;

import java.util.Locale;
import java.util.Optional;

/** The input formats Winnow understands. {@link #wireName()} is the name used on the CLI, in the API and in storage. */
public enum SourceFormat {
    /** The SIB analyser's {@code {rule, output, priority, hostname?, time?}}. */
    SIB,
    /** Falco and Falcosidekick events. */
    FALCO,
    /** Wazuh, either the triage schema or Wazuh's own {@code alerts.json} events. */
    WAZUH,
    /** A raw log line, optionally with a syslog RFC 3164 or RFC 5424 prefix. */
    RAW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceFormat> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (SourceFormat f : values()) {
            if (f.wireName().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
