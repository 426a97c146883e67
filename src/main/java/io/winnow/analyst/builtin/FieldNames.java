package io.winnow.analyst.builtin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which {@link FieldKind} a source field holds, by its name. Sources spell the same thing many ways (Falco's
 * {@code proc.cmdline}, Sysmon's {@code CommandLine}, auditd's {@code exe}, CloudTrail's {@code eventName}), so a
 * name is looked up by its last two dotted parts, then by its last part, without regard to case.
 */
final class FieldNames {
    private static final Map<String, FieldKind> LAST_TWO;
    private static final Map<String, FieldKind> LAST_ONE;
    /** Keys of Falco-style {@code key=value} output text, which differ from structured field names. */
    private static final Map<String, FieldKind> OUTPUT_KEYS;
    /** Fields that describe the detection rather than the event: never behaviour evidence. */
    private static final Set<String> METADATA_PREFIXES = Set.of("rule.", "decoder.", "manager.", "predecoder.",
            "output_fields.evt.time", "agent.id", "cluster.");

    static {
        Map<String, FieldKind> lastTwo = new HashMap<>();
        Map<String, FieldKind> lastOne = new HashMap<>();
        Map<String, FieldKind> outputKeys = new HashMap<>();
        put(lastTwo, FieldKind.PROCESS, "proc.name", "proc.exepath", "proc.exe", "process.name", "process.executable",
                "audit.exe", "audit.command");
        put(lastTwo, FieldKind.CMDLINE, "proc.cmdline", "process.command_line", "process.args", "audit.execve");
        put(lastTwo, FieldKind.PARENT, "proc.pname", "proc.pcmdline", "proc.pexepath", "parent.name", "parent.executable",
                "proc.aname[2]", "proc.aname[3]");
        put(lastTwo, FieldKind.USER, "user.name", "user.loginname", "ka.user.name", "useridentity.username",
                "useridentity.arn", "authenticationinfo.principalemail", "caller.name");
        put(lastTwo, FieldKind.FILE, "fd.name", "fs.path.name", "evt.arg.path", "evt.arg.pathname", "evt.arg.filename",
                "evt.arg.name", "evt.arg.newpath", "evt.arg.oldpath", "evt.arg.target", "evt.arg.linkpath",
                "file.path", "syscheck.path", "audit.file.name");
        put(lastTwo, FieldKind.PORT, "fd.sport", "fd.rport", "fd.lport", "destination.port");
        put(lastTwo, FieldKind.IMAGE, "container.image", "image.repository");
        put(lastTwo, FieldKind.NAMESPACE, "ns.name", "target.namespace");
        put(lastTwo, FieldKind.SYSCALL, "evt.type");
        put(lastTwo, FieldKind.ACTION, "ka.verb", "protopayload.methodname", "ct.name", "aws.eventname");
        put(lastTwo, FieldKind.SERVICE, "target.resource", "target.subresource", "protopayload.servicename",
                "ct.src", "aws.eventsource");
        put(lastTwo, FieldKind.URL, "ka.uri", "url.original", "request.uri");
        put(lastTwo, FieldKind.DOMAIN, "question.name", "dns.query");
        put(lastOne, FieldKind.CMDLINE, "cmdline", "commandline", "command_line", "command", "scriptblocktext",
                "imagepath", "servicefilename", "taskcontent", "process_command_line", "processcommandline");
        put(lastOne, FieldKind.PROCESS, "image", "newprocessname", "processname", "process_name", "exe", "comm",
                "executable", "sourceimage", "process_path", "proc_exepath");
        put(lastOne, FieldKind.PARENT, "parentimage", "parentprocessname", "parent_process", "parentcommandline",
                "parent_image", "parent_process_name", "creatorprocessname");
        put(lastOne, FieldKind.TARGET, "targetimage", "target_process");
        put(lastOne, FieldKind.FILE, "targetfilename", "filename", "file_path", "filepath", "imageloaded", "file",
                "target_filename", "relativetargetname", "objectname", "path", "scriptpath", "sharelocalpath");
        put(lastOne, FieldKind.USER, "targetusername", "subjectusername", "username", "user", "user_name", "srcuser",
                "dstuser", "accountname", "samaccountname", "targetuser", "dst_user", "src_user", "login",
                "principalemail", "userprincipalname", "initiatedby", "caller");
        put(lastOne, FieldKind.PORT, "destinationport", "dstport", "dst_port", "dport", "destport", "dest_port",
                "localport", "lport");
        put(lastOne, FieldKind.EVENT_ID, "eventid", "event_id", "eventcode", "event_code");
        put(lastOne, FieldKind.ACTION, "eventname", "operationname", "methodname", "verb", "action", "operation",
                "api_call");
        put(lastOne, FieldKind.SERVICE, "eventsource", "servicename", "resourceprovider", "service", "event_source",
                "category");
        put(lastOne, FieldKind.REGISTRY, "targetobject", "registrykey", "registry_path", "keyname");
        put(lastOne, FieldKind.DOMAIN, "queryname", "query", "dns_query", "domain", "destinationhostname", "qname");
        put(lastOne, FieldKind.URL, "url", "uri", "request_uri", "requesturl", "cs_uri_stem", "http_url", "requesturi");
        put(lastOne, FieldKind.PROGRAM, "program_name");
        put(lastOne, FieldKind.SRC_IP, "srcip", "src_ip", "sourceip", "ipaddress", "clientip", "client_ip",
                "sourceipaddress", "calleripaddress", "remoteaddr", "actoripaddress", "ipaddr");
        put(lastOne, FieldKind.DST_IP, "dstip", "dst_ip", "destinationip", "dest_ip");
        put(lastOne, FieldKind.IMAGE, "container_image", "container_image_repository", "containerimage");
        put(lastOne, FieldKind.NAMESPACE, "k8s_ns_name", "namespace");
        put(lastOne, FieldKind.SYSCALL, "evt_type", "syscall");
        put(outputKeys, FieldKind.USER, "user", "user_loginname", "user_name", "ka.user.name", "user.name", "username");
        put(outputKeys, FieldKind.PROCESS, "process", "proc_exepath", "proc.name", "exe", "proc_name", "comm");
        put(outputKeys, FieldKind.PARENT, "parent", "gparent", "ggparent", "gggparent", "pcmdline", "proc.pname",
                "parent_exepath");
        put(outputKeys, FieldKind.CMDLINE, "command", "cmdline", "proc.cmdline", "cmd");
        put(outputKeys, FieldKind.FILE, "file", "filename", "fd.name", "name", "path", "target", "linkpath", "newpath",
                "oldpath", "source");
        put(outputKeys, FieldKind.SYSCALL, "evt_type", "evt.type", "syscall");
        put(outputKeys, FieldKind.IMAGE, "image", "container_image_repository", "container.image.repository",
                "container_image", "container.image");
        put(outputKeys, FieldKind.NAMESPACE, "k8s_ns_name", "k8s.ns.name", "ns", "namespace");
        put(outputKeys, FieldKind.PORT, "dport", "fd.sport", "port", "lport");
        put(outputKeys, FieldKind.ACTION, "verb", "ka.verb", "eventname", "operationname", "methodname", "operation",
                "api", "ct.name");
        put(outputKeys, FieldKind.SERVICE, "resource", "ka.target.resource", "subresource");
        put(outputKeys, FieldKind.URL, "uri", "ka.uri", "url", "request", "request_uri", "requesturi");
        put(outputKeys, FieldKind.DOMAIN, "domain", "query", "qname");
        put(outputKeys, FieldKind.TARGET, "target_process");
        put(outputKeys, FieldKind.SRC_IP, "src", "srcip", "src_ip", "source_ip", "client_ip", "clientip", "rhost",
                "remote_addr", "remoteaddr", "saddr", "sip", "ipaddress");
        put(outputKeys, FieldKind.DST_IP, "dst", "dstip", "dst_ip", "destination_ip", "daddr", "dip", "server_ip");
        put(outputKeys, FieldKind.PORT, "dpt", "dst_port", "dstport", "server_port");
        LAST_TWO = Map.copyOf(lastTwo);
        LAST_ONE = Map.copyOf(lastOne);
        OUTPUT_KEYS = Map.copyOf(outputKeys);
    }

    private FieldNames() {
    }

    private static void put(Map<String, FieldKind> map, FieldKind kind, String... names) {
        for (String n : names) {
            map.put(n, kind);
        }
    }

    /** The kind of a structured field, or null; {@code lowerCaseKey} is the full dotted name, lower-cased. */
    static FieldKind ofField(String lowerCaseKey) {
        int last = lowerCaseKey.lastIndexOf('.');
        if (last > 0) {
            int before = lowerCaseKey.lastIndexOf('.', last - 1);
            FieldKind kind = LAST_TWO.get(lowerCaseKey.substring(before + 1));
            if (kind != null) {
                return kind;
            }
        }
        return LAST_ONE.get(stripIndex(lowerCaseKey.substring(last + 1)));
    }

    /** The kind of a key in Falco-style output text ({@code proc_exepath=…}), or null. */
    static FieldKind ofOutputKey(String key) {
        return OUTPUT_KEYS.get(key.toLowerCase(Locale.ROOT));
    }

    static boolean isMetadata(String lowerCaseKey) {
        for (String prefix : METADATA_PREFIXES) {
            if (lowerCaseKey.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code args[0]} → {@code args}: list items are flattened with their index. */
    static String stripIndex(String segment) {
        int bracket = segment.indexOf('[');
        return bracket > 0 ? segment.substring(0, bracket) : segment;
    }

    /** The last dotted part of a key, without a list index, lower case. */
    static String lastSegment(String lowerCaseKey) {
        return stripIndex(lowerCaseKey.substring(lowerCaseKey.lastIndexOf('.') + 1));
    }
}
