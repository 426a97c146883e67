package io.winnow.ingest;

import io.winnow.alert.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few entities raw text yields cheaply and for certain: in sshd lines (program {@code sshd} or
 * {@code sshd-session}, or {@code sshd[} in an unprefixed line), the shapes {@code for [invalid user] USER from IP
 * port N}, {@code Invalid user USER from IP} and {@code from IP port N}. Other programs say "for … from" about
 * other things. Deeper extraction belongs to a later stage; a wrong entity here would mislead it.
 */
final class RawEntities {
    private static final Pattern FOR_USER_FROM =
            Pattern.compile("\\bfor (?:invalid user )?(\\S{1,64}) from (\\S{1,45}) port (\\d{1,5})\\b");
    private static final Pattern INVALID_USER = Pattern.compile("\\b[Ii]nvalid user (\\S{1,64}) from (\\S{1,45})");
    private static final Pattern FROM_PORT = Pattern.compile("\\bfrom (\\S{1,45}) port (\\d{1,5})\\b");
    private static final String FIELD = "message";

    private RawEntities() {
    }

    static void addTo(AlertDraft alert) {
        String message = alert.message;
        if (!isSshd(alert.program, message) || !message.contains("from ")) {
            return;
        }
        Matcher full = FOR_USER_FROM.matcher(message);
        if (full.find()) {
            alert.entity(EntityType.USER, full.group(1), FIELD);
            alert.entity(EntityType.SOURCE_IP, full.group(2), FIELD);
            alert.entity(EntityType.SOURCE_PORT, full.group(3), FIELD);
            return;
        }
        Matcher invalid = INVALID_USER.matcher(message);
        if (invalid.find()) {
            alert.entity(EntityType.USER, invalid.group(1), FIELD);
            alert.entity(EntityType.SOURCE_IP, invalid.group(2), FIELD);
        }
        Matcher endpoint = FROM_PORT.matcher(message);
        if (endpoint.find()) {
            alert.entity(EntityType.SOURCE_IP, endpoint.group(1), FIELD);
            alert.entity(EntityType.SOURCE_PORT, endpoint.group(2), FIELD);
        }
    }

    private static boolean isSshd(String program, String message) {
        return program == null ? message.contains("sshd[") : program.startsWith("sshd");
    }
}
