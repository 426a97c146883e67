package io.winnow.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;

import java.util.Map;
import java.util.Optional;

/**
 * Raw text: {@code {"raw_alert": "…"}} or a bare line. A syslog prefix, when there is one, gives the time, host,
 * program, pid and level (see {@link SyslogPrefix}); the message is what follows it, or else the whole line.
 * Control characters are kept (they are part of the evidence) except NUL, which storage and many tools treat as
 * the end of the text, so it is refused.
 */
final class RawTextParser implements AlertParser {
    static final String RAW_ALERT = "raw_alert";
    private static final String[] FACILITIES = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
        "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron",
        "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"};

    @Override
    public SourceFormat format() {
        return SourceFormat.RAW;
    }

    @Override
    public boolean recognises(ObjectNode node) {
        return node.has(RAW_ALERT);
    }

    @Override
    public Alert parse(ObjectNode node, ParseContext context) {
        FieldReader in = new FieldReader();
        String text = in.requiredString(node, "", RAW_ALERT);
        in.throwIfAny();
        return parseLine(text, RAW_ALERT, context);
    }

    /**
     * Parses one line of text.
     *
     * @param field the name errors use for it: {@code line} for a bare line, {@code raw_alert} inside JSON
     */
    Alert parseLine(String text, String field, ParseContext context) {
        String line = text.strip();
        if (line.isEmpty()) {
            throw new AlertParseException("$", "empty input");
        }
        FieldReader in = new FieldReader();
        if (in.checkedText(line, field) == null) {
            in.throwIfAny();
        }
        AlertDraft alert = new AlertDraft();
        Optional<SyslogLine> syslog = SyslogPrefix.parse(line, context.receivedAt(), context.zone());
        alert.source = syslog.isPresent() ? "syslog" : "raw";
        alert.message = line;
        syslog.ifPresent(s -> fromSyslog(in, alert, s, field));
        RawEntities.addTo(alert);
        in.throwIfAny();
        return alert.build(format(), context);
    }

    private static void fromSyslog(FieldReader in, AlertDraft alert, SyslogLine syslog, String field) {
        alert.eventTime = syslog.time();
        alert.host = syslog.host();
        alert.program = syslog.program();
        if (!syslog.message().isBlank()) {
            alert.message = syslog.message();
        }
        if (syslog.priority() != null) {
            alert.level = Levels.syslog(syslog.priority() % 8);
            alert.fields.put("syslog.facility", FACILITIES[syslog.priority() / 8]);
        }
        putIfPresent(alert, "syslog.pid", syslog.pid());
        putIfPresent(alert, "syslog.msgid", syslog.msgId());
        for (Map.Entry<String, String> param : syslog.structuredData().entrySet()) {
            if (alert.fields.size() >= IntakeLimits.MAX_FIELDS) {
                in.error(field, IntakeLimits.TOO_MANY_FIELDS);
                return;
            }
            alert.fields.put("syslog.sd." + param.getKey(), param.getValue());
        }
    }

    private static void putIfPresent(AlertDraft alert, String name, String value) {
        if (value != null) {
            alert.fields.put(name, value);
        }
    }
}
