package io.winnow.mask.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated log line and what it holds.
 *
 * @param format   the log format, for the per-format report
 * @param line     the line as a log would carry it
 * @param secrets  secrets in the line: none may survive masking
 * @param personal personal values (non-system users, hosts, IPs, MACs, emails, container IDs): at most 1% may
 * @param keep     what the analyst needs (paths outside home directories, process names, command verbs, ports,
 *                 rule names, event IDs, Falco field names): at least 98% must survive
 */
public record Sample(String format, String line, List<FakeSecrets.Secret> secrets, List<Personal> personal,
                     List<String> keep) {

    /** A personal value and its kind ({@code user}, {@code host}, {@code ip}, {@code mac}, {@code email}, {@code container}). */
    public record Personal(String kind, String value) {
    }

    /** Collects a sample's values while its line is written. */
    static final class Builder {
        private final String format;
        private final List<FakeSecrets.Secret> secrets = new ArrayList<>();
        private final List<Personal> personal = new ArrayList<>();
        private final List<String> keep = new ArrayList<>();

        Builder(String format) {
            this.format = format;
        }

        String user(String value) {
            return personal("user", value);
        }

        String host(String value) {
            return personal("host", value);
        }

        String ip(String value) {
            return personal("ip", value);
        }

        String mac(String value) {
            return personal("mac", value);
        }

        String email(String value) {
            return personal("email", value);
        }

        String container(String value) {
            return personal("container", value);
        }

        String personal(String kind, String value) {
            personal.add(new Personal(kind, value));
            return value;
        }

        String secret(FakeSecrets.Secret secret) {
            secrets.add(secret);
            secret.users().forEach(this::user);
            return secret.snippet();
        }

        String keep(String value) {
            keep.add(value);
            return value;
        }

        Sample build(String line) {
            return new Sample(format, line, List.copyOf(secrets), List.copyOf(personal), List.copyOf(keep));
        }
    }
}
