package io.winnow.mask.corpus;

import java.util.List;

/** Lines that carry a secret: shell history, sudo and Falco command lines, container environments, config dumps. */
final class SecretFormats {
    private final FakeValues v;

    SecretFormats(FakeValues v) {
        this.v = v;
    }

    Sample line(FakeSecrets.Secret secret) {
        String format = v.pick(List.of("shell-history", "shell-history", "sudo", "falco", "dockerd", "falco-json"));
        Sample.Builder b = new Sample.Builder(format);
        String snippet = b.secret(secret);
        String exported = snippet.matches("[A-Z_]+=.*") ? "export " + snippet : snippet;
        return switch (format) {
            case "shell-history" -> b.build(v.chance(30) ? "#" + v.between(1700000000, 1760000000) + " " + exported
                    : exported);
            case "sudo" -> b.build("Nov 18 04:14:02 " + b.host(v.shortHost()) + " sudo:     root : TTY=pts/0 ; PWD=/root ;"
                    + " USER=root ; COMMAND=/usr/bin/env " + snippet);
            case "falco" -> b.build("04:14:02.551093627: Warning Suspicious command line (evt_type=execve user="
                    + b.user(v.user()) + " user_uid=1000 process=" + b.keep("bash") + " proc_exepath=/usr/bin/bash parent=sshd "
                    + "command=bash -c " + snippet + " terminal=34816 container_id=host container_name=host)");
            case "dockerd" -> b.build("Nov 18 04:14:02 " + b.host(v.shortHost()) + " dockerd[811]: time=\"2025-11-18T04:14:02Z\""
                    + " level=debug msg=\"Calling POST /v1.43/containers/create\" env=\"[" + escape(snippet) + "]\"");
            default -> b.build("{\"hostname\":\"" + b.host(v.shortHost()) + "\",\"rule\":\"" + b.keep("Suspicious command line")
                    + "\",\"output_fields\":{\"proc.cmdline\":\"" + escape(snippet) + "\",\"" + b.keep("proc.name")
                    + "\":\"bash\",\"user.name\":\"" + b.user(v.user()) + "\"}}");
        };
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
