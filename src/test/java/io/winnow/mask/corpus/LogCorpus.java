package io.winnow.mask.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A corpus of realistic log lines with fake values, generated from a seed: auth.log, sudo, su, auditd, dhcpd,
 * iptables, RADIUS, postfix, dockerd, containerd, kubelet, Falco text and JSON, Wazuh JSON, Windows 4624/4625,
 * nginx, OpenVPN, VPC flow logs and shell history. Each line knows its secrets, personal values and what the
 * analyst needs (see {@link Sample}).
 */
public final class LogCorpus {
    private static final List<String> FALCO_RULES = List.of("Read sensitive file untrusted",
            "Terminal shell in container", "Launch Suspicious Network Tool in Container", "Drop and execute new binary in container",
            "Search Private Keys or Passwords", "Contact K8S API Server From Container");
    private static final List<String> PATHS = List.of("/etc/shadow", "/etc/passwd", "/var/log/auth.log",
            "/etc/ssh/sshd_config", "/usr/bin/curl", "/tmp/.x/agent", "/etc/sudoers", "/var/lib/docker/volumes",
            "/root/.ssh/authorized_keys", "/etc/kubernetes/admin.conf", "/usr/local/bin/kubectl");
    private static final List<String> PROCS = List.of("curl", "wget", "bash", "sh", "python3", "nc", "cat", "find",
            "kubectl", "psql", "mysql", "tar", "openssl");

    private final FakeValues v;
    private final FakeSecrets secrets;
    private final SecretFormats secretLines;
    private final List<Supplier<Sample>> formats;

    public LogCorpus(long seed) {
        this.v = new FakeValues(new Random(seed));
        this.secrets = new FakeSecrets(v);
        this.secretLines = new SecretFormats(v);
        this.formats = List.of(this::sshd, this::sudo, this::su, this::auditd, this::dhcpd, this::iptables,
                this::radius, this::postfix, this::dockerd, this::containerd, this::kubelet, this::falcoText,
                this::falcoJson, this::wazuhJson, this::windows, this::nginx, this::openvpn, this::vpcFlow);
    }

    /** {@code lines} samples over every format, and one line per secret for {@code secretRounds} rounds of kinds. */
    public List<Sample> generate(int lines, int secretRounds) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(formats.get(i % formats.size()).get());
        }
        for (int i = 0; i < secretRounds * secrets.kindCount(); i++) {
            out.add(secretLines.line(secrets.of(i)));
        }
        return out;
    }

    private String time() {
        return String.format("%s %2d %02d:%02d:%02d", v.pick(List.of("Jan", "Mar", "Jun", "Oct", "Nov")),
                v.between(1, 28), v.between(0, 23), v.between(0, 59), v.between(0, 59));
    }

    private Sample sshd() {
        Sample.Builder b = new Sample.Builder("auth.log");
        String host = b.host(v.shortHost());
        String user = b.user(v.user());
        String ip = b.ip(v.externalIp());
        String port = Integer.toString(v.between(1024, 65000));
        int shape = v.between(0, 6);
        if (shape != 5) {
            b.keep(port);
        }
        String body = switch (shape) {
            case 0 -> "Failed password for " + user + " from " + ip + " port " + port + " ssh2";
            case 1 -> "Failed password for invalid user " + user + " from " + ip + " port " + port + " ssh2";
            case 2 -> "Accepted publickey for " + user + " from " + ip + " port " + port + " ssh2: ED25519 SHA256:"
                    + v.urlSafe(43);
            case 3 -> "Invalid user " + user + " from " + ip + " port " + port;
            case 4 -> "Disconnected from authenticating user " + user + " " + ip + " port " + port + " [preauth]";
            case 5 -> "pam_unix(sshd:session): session opened for user " + user + "(uid=" + v.between(1000, 1999)
                    + ") by (uid=0)";
            default -> "Accepted password for " + user + " from " + ip + " port " + port + " ssh2";
        };
        return b.build(time() + " " + host + " " + b.keep("sshd") + "[" + v.between(100, 40000) + "]: " + body);
    }

    private Sample sudo() {
        Sample.Builder b = new Sample.Builder("sudo");
        String host = b.host(v.shortHost());
        String user = b.user(v.user());
        String command = v.chance(40) ? "/usr/bin/env " + b.secret(secrets.next())
                : b.keep("/usr/bin/cat") + " " + b.keep(v.pick(PATHS));
        return b.build(time() + " " + host + " sudo:   " + user + " : TTY=pts/" + v.between(0, 9) + " ; PWD=/home/"
                + user + " ; USER=root ; COMMAND=" + command);
    }

    private Sample su() {
        Sample.Builder b = new Sample.Builder("su");
        String host = b.host(v.shortHost());
        String user = b.user(v.user());
        String body = switch (v.between(0, 2)) {
            case 0 -> "(to root) " + user + " on pts/" + v.between(0, 9);
            case 1 -> "FAILED SU (to root) " + user + " on pts/" + v.between(0, 9);
            default -> "pam_unix(su:session): session opened for user root(uid=0) by " + user + "(uid="
                    + v.between(1000, 1999) + ")";
        };
        return b.build(time() + " " + host + " " + b.keep("su") + "[" + v.between(100, 40000) + "]: " + body);
    }

    private Sample auditd() {
        Sample.Builder b = new Sample.Builder("auditd");
        String stamp = "msg=audit(" + v.between(1700000000, 1760000000) + ".123:" + v.between(100, 9999) + "): ";
        if (v.chance(50)) {
            String user = b.user(v.user());
            String host = b.host(v.shortHost());
            String ip = b.ip(v.internalIp());
            return b.build("type=USER_LOGIN " + stamp + "pid=" + v.between(100, 9999) + " uid=0 auid=1001 ses=3 "
                    + "msg='op=login acct=\"" + user + "\" exe=\"" + b.keep("/usr/sbin/sshd") + "\" hostname=" + host
                    + " addr=" + ip + " terminal=ssh res=failed'");
        }
        FakeSecrets.Secret secret = secrets.next();
        String snippet = b.secret(secret);
        List<String> words = Argv.split(snippet);
        StringBuilder args = new StringBuilder("type=EXECVE " + stamp + "argc=" + words.size());
        for (int i = 0; i < words.size(); i++) {
            args.append(" a").append(i).append('=').append(Argv.audit(words.get(i)));
        }
        return b.build(args.toString());
    }

    private Sample dhcpd() {
        Sample.Builder b = new Sample.Builder("dhcpd");
        String ip = b.ip(v.internalIp());
        String mac = b.mac(v.mac(':'));
        String name = b.host(v.shortHost().toLowerCase());
        return b.build(time() + " " + b.host(v.shortHost()) + " dhcpd[" + v.between(100, 9999) + "]: "
                + v.pick(List.of("DHCPACK on ", "DHCPOFFER on ")) + ip + " to " + mac + " (" + name + ") via "
                + b.keep("eth0"));
    }

    private Sample iptables() {
        Sample.Builder b = new Sample.Builder("iptables");
        String dst = b.mac(v.mac(':'));
        String src = b.mac(v.mac(':'));
        String port = b.keep(Integer.toString(v.pick(List.of(22, 3389, 445, 23, 5900))));
        return b.build(time() + " " + b.host(v.shortHost()) + " kernel: [UFW BLOCK] IN=eth0 OUT= MAC=" + dst + ":"
                + src + ":08:00 SRC=" + b.ip(v.externalIpv4()) + " DST="
                + b.ip(v.internalIp()) + " LEN=60 TOS=0x00 PROTO=TCP SPT=" + v.between(1024, 65000) + " DPT=" + port);
    }

    private Sample radius() {
        Sample.Builder b = new Sample.Builder("radius");
        String user = b.user(v.user());
        String mac = b.mac(v.mac('-').toUpperCase());
        String client = b.host(v.pick(List.of("ap-floor2", "wlc-01", "vpn-gw-3")));
        if (v.chance(40)) {
            FakeSecrets.Secret pw = new FakeSecrets.Secret("radius_password", "Spring" + v.between(10, 99) + "!x", "");
            b.secret(pw);
            return b.build(time() + " radiusd[" + v.between(100, 9999) + "]: Login incorrect (mschap: MS-CHAP2-Response "
                    + "is incorrect): [" + user + "/" + pw.value() + "] (from client " + client + " port 0 cli " + mac + ")");
        }
        return b.build(time() + " radiusd[" + v.between(100, 9999) + "]: Login OK: [" + user + "] (from client " + client
                + " port " + v.between(0, 40) + " cli " + mac + ")");
    }

    private Sample postfix() {
        Sample.Builder b = new Sample.Builder("postfix");
        String host = b.host(v.fqdn());
        String ip = b.ip(v.externalIpv4());
        String body = v.chance(50)
                ? v.hex(10).toUpperCase() + ": client=" + host + "[" + ip + "], sasl_method=PLAIN, sasl_username="
                + b.user(v.user())
                : "NOQUEUE: reject: RCPT from " + host + "[" + ip + "]: 554 5.7.1 <" + b.email(v.email())
                + ">: Relay access denied; from=<" + b.email(v.email()) + "> proto=ESMTP helo=<" + b.host(v.shortHost()) + ">";
        return b.build(time() + " " + b.host(v.shortHost()) + " postfix/smtpd[" + v.between(100, 9999) + "]: " + body);
    }

    private Sample dockerd() {
        Sample.Builder b = new Sample.Builder("dockerd");
        String id = b.container(v.containerId(true));
        String body = v.chance(50)
                ? "level=info msg=\"Container " + id + " failed to exit within 10 seconds of signal 15 - using the force\""
                + " container=" + id
                : "level=error msg=\"Handler for POST /v1.43/containers/" + b.container(v.containerId(false))
                + "/start returned error: driver failed programming external connectivity on endpoint web (" + id
                + "): Bind for 0.0.0.0:" + b.keep("8080") + " failed: port is already allocated\"";
        return b.build(time() + " " + b.host(v.shortHost()) + " dockerd[" + v.between(100, 9999)
                + "]: time=\"2025-11-18T04:10:12.118Z\" " + body);
    }

    private Sample containerd() {
        Sample.Builder b = new Sample.Builder("containerd");
        String id = b.container(v.containerId(true));
        String body = v.chance(50) ? "level=info msg=\"shim disconnected\" id=" + id + " namespace=k8s.io"
                : "level=info msg=\"StartContainer for \\\"" + id + "\\\" returns successfully\"";
        return b.build(time() + " " + b.host(v.shortHost()) + " containerd[" + v.between(100, 9999)
                + "]: time=\"2025-11-18T04:10:12.118Z\" " + body);
    }

    private Sample kubelet() {
        Sample.Builder b = new Sample.Builder("kubelet");
        String node = b.host(v.fqdn());
        String id = b.container(v.containerId(true));
        return b.build(time() + " " + node + " " + b.keep("kubelet") + "[" + v.between(100, 9999) + "]: I1118 04:10:12."
                + v.between(100000, 999999) + " 2211 kuberuntime_container.go:779] \"Killing container with a grace "
                + "period\" pod=\"shop/api-7f9c-x2x4k\" podUID=\"" + v.hex(8) + "-" + v.hex(4) + "\" containerName=\"api\" "
                + "containerID=\"containerd://" + id + "\" gracePeriod=30 node=\"" + node + "\"");
    }

    private Sample falcoText() {
        return FalcoLines.text(v, secrets, new Sample.Builder("falco"), FALCO_RULES, PATHS, PROCS);
    }

    private Sample falcoJson() {
        return FalcoLines.json(v, secrets, new Sample.Builder("falco-json"), FALCO_RULES, PATHS, PROCS);
    }

    private Sample wazuhJson() {
        return WazuhLines.sshd(v, new Sample.Builder("wazuh-json"));
    }

    private Sample windows() {
        boolean failed = v.chance(50);
        return WazuhLines.windows(v, new Sample.Builder(failed ? "windows-4625" : "windows-4624"), failed);
    }

    private Sample nginx() {
        Sample.Builder b = new Sample.Builder("nginx");
        String ip = b.ip(v.externalIpv4());
        if (v.chance(50)) {
            return b.build(ip + " - " + b.user(v.user()) + " [18/Nov/2025:04:10:12 +0000] \"GET " + b.keep("/admin/export")
                    + "?format=csv HTTP/1.1\" " + b.keep("200") + " 5120 \"-\" \"curl/8.5.0\"");
        }
        return b.build("2025/11/18 04:10:12 [error] 811#811: *" + v.between(1, 99999) + " open() \""
                + b.keep("/usr/share/nginx/html/.env") + "\" failed (2: No such file or directory), client: " + ip
                + ", server: " + b.host(v.fqdn()) + ", request: \"GET /.env HTTP/1.1\", host: \"" + b.host(v.fqdn()) + "\"");
    }

    private Sample openvpn() {
        Sample.Builder b = new Sample.Builder("openvpn");
        String user = b.user(v.user());
        String ip = b.ip(v.externalIpv4());
        String body = v.chance(50) ? user + "/" + ip + ":" + v.between(1024, 65000) + " MULTI_sva: pool returned IPv4="
                + b.ip(v.internalIp()) + ", IPv6=(Not enabled)"
                : ip + ":" + v.between(1024, 65000) + " [" + user + "] Peer Connection Initiated with [AF_INET]" + ip + ":"
                + v.between(1024, 65000);
        return b.build(time() + " " + b.host(v.shortHost()) + " " + b.keep("openvpn") + "[" + v.between(100, 9999)
                + "]: " + body);
    }

    private Sample vpcFlow() {
        Sample.Builder b = new Sample.Builder("vpc-flow");
        String src = b.ip(v.internalIp());
        String dst = b.ip(v.externalIpv4());
        String port = b.keep(Integer.toString(v.pick(List.of(443, 22, 3306, 5432, 6379))));
        return b.build("2 123456789012 eni-" + v.hex(17) + " " + src + " " + dst + " " + v.between(1024, 65000) + " "
                + port + " 6 " + v.between(1, 90) + " " + v.between(100, 90000) + " 1763438800 1763438860 "
                + v.pick(List.of("ACCEPT", "REJECT")) + " OK");
    }
}
