/**
 * Intake: turns one input (a Falco, Wazuh or SIB JSON document, {@code {"raw_alert": …}} or a bare log line) into
 * an {@link io.winnow.alert.Alert}. {@link io.winnow.ingest.Intake} is the entry point; each format has one
 * {@link io.winnow.ingest.AlertParser}. Input is hostile: every problem becomes an
 * {@link io.winnow.ingest.AlertParseException} listing all {@link io.winnow.ingest.FieldError}s, which name fields
 * and reasons but never echo values.
 */
package io.winnow.ingest;
