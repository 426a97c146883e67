package io.winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for an Ollama server, for the LLM benchmark: {@code POST /api/chat} waits a fixed time and answers in
 * Ollama's wire format with a valid analysis, {@code GET /api/tags} lists one model. It notes each chat call's time
 * on the server, keyed by the host named in the prompt, which is how the benchmark tells its alerts apart. Listens
 * on a random loopback port.
 */
final class FakeOllama implements AutoCloseable {
    /** One chat call as the server saw it: how long it was held, and when the answer was about to leave. */
    record Call(long nanos, Instant end) {
    }

    private static final Pattern HOST = Pattern.compile("host: ([a-z]+-\\d+)");
    private static final String ANSWER = """
            {"summary": "Suspicious activity on the host, consistent with the rule that fired.",
             "attack_vector": "A process on the host did what the rule watches for.",
             "techniques": [{"id": "T1059.004"}],
             "severity": "HIGH", "verdict": "TRUE_POSITIVE", "confidence": 0.82, "threat_category": "execution",
             "false_positive": {"likelihood": 0.15, "common_causes": ["An administrator at work"]},
             "iocs": [{"type": "ip", "value": "[EXTERNAL-IP-1]", "context": "Peer of the connection"}],
             "mitigations": {"immediate": ["Isolate the host"], "short_term": ["Review the process tree"],
                             "long_term": ["Restrict interactive access"]},
             "next_steps": ["Check the process's parent"],
             "reasoning": "The rule and the command line point to an interactive shell."}""";

    private final HttpServer server;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration delay;
    private final byte[] chatReply;
    private final Map<String, List<Call>> calls = new ConcurrentHashMap<>();

    FakeOllama(Duration delay) {
        this.delay = delay;
        ObjectMapper json = new ObjectMapper();
        ObjectNode reply = json.createObjectNode();
        reply.put("model", "llama3.1");
        reply.put("created_at", "2026-11-22T10:00:00Z");
        reply.putObject("message").put("role", "assistant").put("content", ANSWER);
        reply.put("done_reason", "stop");
        reply.put("done", true);
        this.chatReply = reply.toString().getBytes(StandardCharsets.UTF_8);
        // Like Ollama (Go sets TCP_NODELAY), answer without Nagle's delay; read once, when the server classes load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/api/chat", this::chat);
        server.createContext("/api/tags", exchange -> send(exchange,
                "{\"models\": [{\"name\": \"llama3.1:latest\"}]}".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The chat calls made for the alert on this host. */
    List<Call> callsFor(String host) {
        return calls.getOrDefault(host, List.of());
    }

    int callCount() {
        return calls.values().stream().mapToInt(List::size).sum();
    }

    void forget() {
        calls.clear();
    }

    private void chat(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String prompt;
        try (InputStream in = exchange.getRequestBody()) {
            prompt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Matcher host = HOST.matcher(prompt);
        String key = host.find() ? host.group(1) : "?";
        // Noted before the answer leaves, so that a call always ends before the analysis it serves.
        calls.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(new Call(System.nanoTime() - start, Instant.now()));
        send(exchange, chatReply);
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
