package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/**
 * What a user name may look like, and which names are system accounts. System accounts (root, daemon, www-data,
 * SYSTEM, LOCAL SERVICE, the accounts packages create for their daemons, Windows' built-in accounts) name no person
 * and matter to triage, so by default they stay visible; people and role accounts such as {@code deploy} or
 * {@code ubuntu} are masked.
 */
final class Accounts {
    private static final Set<String> SYSTEM = Set.of(
            // Linux base and Debian/Red Hat system users
            "root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news", "uucp", "proxy",
            "www-data", "backup", "list", "irc", "gnats", "nobody", "nfsnobody", "nogroup", "adm", "operator",
            "halt", "shutdown", "ftp", "dbus", "messagebus", "syslog", "_apt", "tss", "uuidd", "tcpdump", "sshd",
            "landscape", "pollinate", "lxd", "dnsmasq", "avahi", "avahi-autoipd", "colord", "geoclue", "pulse",
            "rtkit", "saned", "usbmux", "whoopsie", "kernoops", "speech-dispatcher", "hplip", "gdm", "lightdm",
            "polkitd", "rpc", "rpcuser", "statd", "ntp", "chrony", "_chrony", "abrt", "sssd", "setroubleshoot",
            "cockpit-ws", "cockpit-wsinstance", "libstoragemgmt", "unbound", "nscd", "nslcd", "pcp", "systemd-bus-proxy",
            "ec2-instance-connect", "fwupd-refresh", "smmsp", "mailnull", "postdrop", "dhcpcd", "_rpc",
            // daemons' own accounts
            "postfix", "dovecot", "dovenull", "exim", "debian-exim", "bind", "named", "mysql", "postgres",
            "redis", "mongodb", "memcache", "memcached", "rabbitmq", "elasticsearch", "kibana", "logstash",
            "grafana", "prometheus", "node_exporter", "nginx", "apache", "httpd", "www", "wwwrun", "tomcat",
            "jetty", "squid", "haproxy", "varnish", "zabbix", "nagios", "icinga", "ossec", "ossecm", "ossecr",
            "wazuh", "falco", "docker", "git", "gitlab-runner", "jenkins", "bacula", "amanda", "clamav", "vsftpd",
            "openldap", "ldap", "slapd", "snmp", "debian-snmp", "opendkim", "spamd", "amavis", "vmail", "cyrus",
            "radiusd", "freerad", "openvpn", "nm-openvpn", "strongswan", "etcd", "kube", "hacluster", "ntpd",
            // Windows built-in and service identities
            "system", "local service", "network service", "localsystem", "localservice", "networkservice",
            "anonymous logon", "anonymous", "administrator", "guest", "defaultaccount", "wdagutilityaccount",
            "krbtgt", "window manager", "font driver host", "iusr", "nt authority\\system",
            "nt authority\\local service", "nt authority\\network service", "trustedinstaller");
    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "?", "*", "%", "unknown", "(unknown)",
            "<unknown>", "<na>", "n/a", "na", "none", "(none)", "null", "(null)", "nil", "undefined", "invalid",
            "true", "false", "yes", "no", "ok", "success", "failed", "failure", "0", "anonymous-user");

    private Accounts() {
    }

    /** Whether {@code name} is a system account: listed, {@code systemd-…}, {@code _…}, DWM-n, UMFD-n, system:… */
    static boolean isSystem(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SYSTEM.contains(n) || n.startsWith("systemd-") || n.startsWith("system:") || n.startsWith("nt service\\")
                || (n.startsWith("_") && n.length() > 1) || isNumbered(n, "dwm-") || isNumbered(n, "umfd-")
                || n.startsWith("nt authority\\");
    }

    /** {@code DWM-3}, {@code UMFD-12}: Windows' per-session window manager and font driver accounts. */
    private static boolean isNumbered(String n, String prefix) {
        if (!n.startsWith(prefix) || n.length() == prefix.length() || n.length() > prefix.length() + 3) {
            return false;
        }
        for (int i = prefix.length(); i < n.length(); i++) {
            if (!Chars.isDigit(n.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Placeholders that sources write where a name would be: {@code -}, {@code (unknown)}, {@code <NA>} … */
    static boolean isPlaceholder(String value) {
        return PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code v} can be a user name: 1 to 64 characters of letters, digits and {@code . _ - $ @ \} (spaces
     * when {@code spaces}), not all digits (that is a UID), not a placeholder, not a path, not one of our tokens.
     */
    static boolean isUserName(String v, boolean spaces) {
        if (v.isEmpty() || v.length() > 64 || isPlaceholder(v) || v.charAt(0) == '[' || v.charAt(0) == '/') {
            return false;
        }
        boolean digitsOnly = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '$' || c == '@'
                    || c == '\\' || (spaces && c == ' '))) {
                return false;
            }
            digitsOnly &= Chars.isDigit(c);
        }
        return !digitsOnly && !(v.startsWith("0x") && v.length() > 2);
    }
}
