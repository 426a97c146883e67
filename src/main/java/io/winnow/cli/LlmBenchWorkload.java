package io.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The LLM benchmark's alerts: Falco events from a few rules, each distinct alert on its own host, and repeats of
 * them that differ only in what the fingerprint sets aside (PID, address, port, time), shuffled with a fixed seed.
 *
 * @param events   the alerts as Falco JSON, in posting order
 * @param template for each alert, which distinct alert it repeats (0 .. distinct − 1)
 * @param distinct how many distinct alerts there are
 */
record LlmBenchWorkload(List<String> events, List<Integer> template, int distinct) {
    private static final String[][] RULES = {
        {"Read sensitive file untrusted", "Sensitive file opened for reading by non-trusted program", "cat /etc/shadow"},
        {"Terminal shell in container", "A shell was spawned in a container with an attached terminal", "bash -i"},
        {"Outbound connection to C2 server", "Unexpected outbound connection", "curl http://update.example/x"},
        {"Search private keys or passwords", "Grep private keys or passwords activities found", "grep -r BEGIN RSA /home"},
        {"Clear log activities", "Log files were tampered", "truncate -s 0 /var/log/auth.log"},
        {"Launch suspicious network tool in container", "Network tool launched in container", "nc -e /bin/sh"},
        {"Write below etc", "File below /etc opened for writing", "tee -a /etc/crontab"},
        {"Drop and execute new binary in container", "Executing binary not part of base image", "/tmp/.x/kworker"}};

    /** {@code hostPrefix} keeps workloads apart: a warm-up on other hosts shares no fingerprint with the run. */
    static LlmBenchWorkload generate(int alerts, double repeatShare, long seed, String hostPrefix) {
        int distinct = Math.max(1, (int) Math.round(alerts * (1 - repeatShare)));
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            order.add(i);
        }
        for (int i = distinct; i < alerts; i++) {
            order.add(random.nextInt(distinct));
        }
        Collections.shuffle(order, random);
        ObjectMapper json = new ObjectMapper();
        List<String> events = new ArrayList<>(alerts);
        for (int t : order) {
            events.add(event(json, t, random, hostPrefix));
        }
        return new LlmBenchWorkload(List.copyOf(events), List.copyOf(order), distinct);
    }

    private static String event(ObjectMapper json, int template, Random random, String hostPrefix) {
        String[] rule = RULES[template % RULES.length];
        String host = hostPrefix + template;
        int pid = 1_000 + random.nextInt(60_000);
        String ip = "203.0.113." + (1 + random.nextInt(254));
        int port = 1_024 + random.nextInt(60_000);
        Instant time = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(random.nextInt(86_400));
        ObjectNode e = json.createObjectNode();
        e.put("rule", rule[0]);
        e.put("priority", "Warning");
        e.put("source", "syscall");
        e.put("hostname", host);
        e.put("time", time.toString());
        e.put("output", time + ": Warning " + rule[1] + " (user=svc-" + template % 7 + " command=" + rule[2]
                + " pid=" + pid + " connection=" + ip + ":" + port + " container_name=app-" + template % 5 + ")");
        ObjectNode fields = e.putObject("output_fields");
        fields.put("proc.cmdline", rule[2]);
        fields.put("proc.pid", pid);
        fields.put("fd.rip", ip);
        fields.put("fd.rport", port);
        fields.put("user.name", "svc-" + template % 7);
        return e.toString();
    }
}
