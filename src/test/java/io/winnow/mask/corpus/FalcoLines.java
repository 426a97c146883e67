package io.winnow.mask.corpus;

import java.util.List;

/** Falco alerts as text output lines and as JSON events. */
final class FalcoLines {
    private FalcoLines() {
    }

    static Sample text(FakeValues v, FakeSecrets secrets, Sample.Builder b, List<String> rules, List<String> paths,
                       List<String> procs) {
        String user = b.user(v.user());
        String id = b.container(v.containerId(false));
        String proc = b.keep(v.pick(procs));
        String path = b.keep(v.pick(paths));
        String command = v.chance(25) ? proc + " " + b.secret(secrets.next()) : proc + " " + path;
        return b.build(v.between(10, 23) + ":14:02.551093627: " + b.keep("Warning") + " " + b.keep(v.pick(rules))
                + " (file=" + path + " evt_type=openat user=" + user + " user_uid=" + v.between(1000, 1999)
                + " user_loginuid=-1 process=" + proc + " proc_exepath=/usr/bin/" + proc + " parent=bash command="
                + command + " terminal=0 container_id=" + id + " container_name=" + v.pick(List.of("api", "web", "worker"))
                + ") container_image_repository=" + b.keep("nginx") + " container_image_tag=1.25.3 k8s_pod_name=api-7f9c"
                + " k8s_ns_name=prod");
    }

    static Sample json(FakeValues v, FakeSecrets secrets, Sample.Builder b, List<String> rules, List<String> paths,
                       List<String> procs) {
        String user = b.user(v.user());
        String id = b.container(v.containerId(false));
        String host = b.host(v.shortHost().toLowerCase());
        String proc = v.pick(procs);
        String path = b.keep(v.pick(paths));
        String rule = b.keep(v.pick(rules));
        String ip = b.ip(v.externalIpv4());
        String cmdline = v.chance(25) ? proc + " " + SecretFormats.escape(b.secret(secrets.next())) : proc + " " + path;
        return b.build("{\"hostname\":\"" + host + "\",\"output\":\"04:14:02.551093627: Warning " + rule + " (user=" + user
                + " command=" + proc + " file=" + path + " connection=" + ip + ":443 container_id=" + id + ")\","
                + "\"output_fields\":{\"container.id\":\"" + id + "\",\"" + b.keep("fd.name") + "\":\"" + path + "\",\""
                + b.keep("proc.name") + "\":\"" + b.keep(proc) + "\",\"proc.cmdline\":\"" + cmdline + "\",\"user.name\":\""
                + user + "\",\"fd.rip\":\"" + ip + "\",\"" + b.keep("evt.type") + "\":\"openat\"},\"priority\":\"Warning\","
                + "\"rule\":\"" + rule + "\",\"source\":\"syscall\",\"tags\":[\"T1555\",\"filesystem\"],"
                + "\"time\":\"2025-11-18T04:14:02.551093627Z\"}");
    }
}
