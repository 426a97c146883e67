package io.winnow.ingest;

import io.winnow.alert.EntityType;

import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Picks typed entities out of a Wazuh event's flattened fields. Decoders spell the same thing several ways (the
 * syslog decoders' {@code srcip}, Suricata's {@code src_ip}, Windows' camelCase {@code ipAddress}), so paths are
 * matched without regard to case.
 */
final class WazuhEntities {
    private static final Map<String, EntityType> BY_PATH = Map.ofEntries(
            entry("agent.ip", EntityType.AGENT_IP),
            entry("data.srcip", EntityType.SOURCE_IP),
            entry("data.src_ip", EntityType.SOURCE_IP),
            entry("data.dstip", EntityType.DESTINATION_IP),
            entry("data.dest_ip", EntityType.DESTINATION_IP),
            entry("data.srcport", EntityType.SOURCE_PORT),
            entry("data.src_port", EntityType.SOURCE_PORT),
            entry("data.dstport", EntityType.DESTINATION_PORT),
            entry("data.dest_port", EntityType.DESTINATION_PORT),
            entry("data.srcuser", EntityType.USER),
            entry("data.dstuser", EntityType.USER),
            entry("data.protocol", EntityType.PROTOCOL),
            entry("data.proto", EntityType.PROTOCOL),
            entry("data.url", EntityType.URL),
            entry("data.win.system.computer", EntityType.HOST),
            entry("data.win.system.eventid", EntityType.EVENT_ID),
            entry("data.win.eventdata.targetusername", EntityType.USER),
            entry("data.win.eventdata.subjectusername", EntityType.USER),
            entry("data.win.eventdata.user", EntityType.USER),
            entry("data.win.eventdata.image", EntityType.PROCESS),
            entry("data.win.eventdata.commandline", EntityType.COMMAND_LINE),
            entry("data.win.eventdata.parentimage", EntityType.PARENT_PROCESS),
            entry("data.win.eventdata.parentcommandline", EntityType.PARENT_PROCESS),
            entry("data.win.eventdata.ipaddress", EntityType.SOURCE_IP),
            entry("data.win.eventdata.ipport", EntityType.SOURCE_PORT),
            entry("data.win.eventdata.sourceip", EntityType.SOURCE_IP),
            entry("data.win.eventdata.sourceport", EntityType.SOURCE_PORT),
            entry("data.win.eventdata.destinationip", EntityType.DESTINATION_IP),
            entry("data.win.eventdata.destinationport", EntityType.DESTINATION_PORT),
            entry("data.win.eventdata.targetfilename", EntityType.FILE),
            entry("syscheck.path", EntityType.FILE),
            entry("syscheck.uname_after", EntityType.USER),
            entry("syscheck.md5_after", EntityType.HASH),
            entry("syscheck.sha1_after", EntityType.HASH),
            entry("syscheck.sha256_after", EntityType.HASH));

    private WazuhEntities() {
    }

    static void addTo(AlertDraft alert) {
        for (Map.Entry<String, String> field : alert.fields.entrySet()) {
            EntityType type = BY_PATH.get(field.getKey().toLowerCase(Locale.ROOT));
            if (type != null) {
                alert.entity(type, field.getValue(), field.getKey());
            }
        }
    }
}
