package io.winnow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.analyst.Reachability;
import io.winnow.analyst.chain.LinkHealth;
import io.winnow.store.AlertStatus;
import io.winnow.store.AnalysisQuery;
import io.winnow.store.StoredAlert;
import io.winnow.triage.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The endpoints that read: analyses, alerts, health, metrics, service info and the OpenAPI document. */
final class ReadEndpoints {
    private final Engine engine;
    private final ObjectMapper json;
    private final Clock clock;
    private final Instant startedAt;
    private final byte[] openApi;

    ReadEndpoints(Engine engine, ObjectMapper json, Clock clock) {
        this.engine = engine;
        this.json = json;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.openApi = loadOpenApi();
    }

    /** {@code GET /}: browsers (Accept: text/html) go to the console; API clients get the service information. */
    void root(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html")) {
            ctx.redirect("/ui", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", "winnow");
        out.put("version", engine.version());
        out.put("description", "First-pass SOC triage: ATT&CK-grounded verdicts for Falco, Wazuh, syslog and SIEM alerts");
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("alerts", "/api/alerts");
        endpoints.put("analyses", "/api/analyses");
        endpoints.put("analyze", "/analyze");
        endpoints.put("analyze_alert", "/analyze_alert");
        endpoints.put("sib_analyze", "/api/analyze");
        endpoints.put("batch", "/batch");
        endpoints.put("health", "/health");
        endpoints.put("health_all", "/api/health/all");
        endpoints.put("metrics", "/metrics");
        endpoints.put("openapi", "/openapi.json");
        endpoints.put("console", "/ui");
        out.put("endpoints", endpoints);
        Map<String, Object> models = new LinkedHashMap<>();
        models.put("primary", engine.analystName());
        models.put("fallback", null);
        out.put("models", models);
        out.put("attack", engine.catalog().version());
        send(ctx, 200, out);
    }

    void health(Context ctx) {
        boolean storeUp = engine.store().isHealthy();
        Map<AlertStatus, Long> counts = storeUp ? engine.store().countByStatus() : Map.of();
        long failed = counts.getOrDefault(AlertStatus.FAILED, 0L);
        List<LinkHealth> models = engine.models().get();
        String status = !storeUp ? "unhealthy" : failed > 0 || primaryDown(models) ? "degraded" : "healthy";
        Map<String, Object> deps = new LinkedHashMap<>();
        deps.put("store", Map.of("status", storeUp ? "up" : "down"));
        deps.put("analyst", Map.of("status", "up", "name", engine.analystName()));
        deps.put("models", models.stream().map(ReadEndpoints::model).toList());
        deps.put("attack_catalog", Map.of("status", "up", "version", engine.catalog().version(),
                "techniques", engine.catalog().techniques().size()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("service", "winnow");
        out.put("version", engine.version());
        out.put("uptime_seconds", java.time.Duration.between(startedAt, clock.instant()).toSeconds());
        out.put("dependencies", deps);
        // The triage API's ollama_connected, for every provider; the first link of a provider speaks for it.
        models.forEach(m -> out.putIfAbsent(m.provider() + "_connected", m.connected()));
        out.put("alerts", alertCounts(counts));
        send(ctx, storeUp ? 200 : 503, out);
    }

    /** {@code GET /api/health/all}: Winnow, the store, the built-in analyst, every model link, cache and outputs. */
    void healthAll(Context ctx) {
        boolean storeUp = engine.store().isHealthy();
        Map<AlertStatus, Long> counts = storeUp ? engine.store().countByStatus() : Map.of();
        List<LinkHealth> models = engine.models().get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", !storeUp ? "unhealthy"
                : counts.getOrDefault(AlertStatus.FAILED, 0L) > 0 || primaryDown(models) ? "degraded" : "healthy");
        out.put("checked_at", clock.instant().toString());
        out.put("winnow", Map.of("status", "up", "version", engine.version(),
                "uptime_seconds", java.time.Duration.between(startedAt, clock.instant()).toSeconds()));
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("status", storeUp ? "up" : "down");
        store.put("alerts", alertCounts(counts));
        out.put("store", store);
        out.put("builtin_analyst", Map.of("status", "up", "attack_version", engine.catalog().version()));
        out.put("models", models.stream().map(ReadEndpoints::model).toList());
        var cache = engine.pipeline().cache().stats();
        out.put("cache", Map.of("enabled", cache.enabled(), "entries", cache.entries(), "hits", cache.hits(),
                "misses", cache.misses()));
        out.put("outputs", List.of());
        send(ctx, storeUp ? 200 : 503, out);
    }

    private static boolean primaryDown(List<LinkHealth> models) {
        return !models.isEmpty() && models.getFirst().state() == Reachability.State.DOWN;
    }

    private static Map<String, Object> model(LinkHealth m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", m.role());
        out.put("name", m.name());
        out.put("provider", m.provider());
        out.put("status", m.state().name().toLowerCase(java.util.Locale.ROOT));
        out.put("connected", m.connected());
        out.put("circuit", m.circuit().wireName());
        out.put("detail", m.detail());
        return out;
    }

    private static Map<String, Long> alertCounts(Map<AlertStatus, Long> counts) {
        Map<String, Long> alerts = new LinkedHashMap<>();
        counts.forEach((k, v) -> alerts.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        return alerts;
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(engine.metrics().scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    void alert(Context ctx) {
        StoredAlert stored = engine.store().findAlert(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no stored alert with that id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alert", stored.alert());
        out.put("status", stored.status().name().toLowerCase(java.util.Locale.ROOT));
        out.put("failure_reason", stored.failureReason());
        out.put("attempts", stored.attempts());
        out.put("analysis_id", stored.analysisId());
        send(ctx, 200, out);
    }

    void analysis(Context ctx) {
        send(ctx, 200, engine.store().findAnalysis(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no analysis with that id")));
    }

    void analyses(Context ctx) {
        AnalysisQuery query = new AnalysisQuery(
                param(ctx, "from", ReadEndpoints::instant, "must be an ISO-8601 instant such as 2026-11-22T10:00:00Z"),
                param(ctx, "to", ReadEndpoints::instant, "must be an ISO-8601 instant such as 2026-11-22T10:00:00Z"),
                param(ctx, "severity", s -> Severity.parse(s).orElseThrow(), "must be LOW, MEDIUM, HIGH or CRITICAL"),
                param(ctx, "verdict", s -> Verdict.parse(s).orElseThrow(),
                        "must be TRUE_POSITIVE, FALSE_POSITIVE, BENIGN_POSITIVE or NEEDS_INVESTIGATION"),
                param(ctx, "technique", ReadEndpoints::techniqueId, "must be a technique ID such as T1059.004"),
                param(ctx, "host", s -> s, ""),
                Optional.ofNullable(param(ctx, "limit", Integer::valueOf, "must be an integer")).orElse(50),
                Optional.ofNullable(param(ctx, "offset", Integer::valueOf, "must be an integer")).orElse(0),
                param(ctx, "analyst_verdict", s -> AnalystVerdict.parse(s).orElseThrow(),
                        "must be CONFIRMED, FALSE_POSITIVE or BENIGN"),
                param(ctx, "reviewed", ReadEndpoints::bool, "must be true or false"));
        send(ctx, 200, engine.store().search(query));
    }

    private static <T> T param(Context ctx, String name, Function<String, T> parse, String reason) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 200) {
            throw ApiException.badRequest(name, "too long (max 200 characters)");
        }
        try {
            T value = parse.apply(raw.strip());
            if (value instanceof Integer i && ("limit".equals(name) ? i < 1 || i > AnalysisQuery.MAX_LIMIT : i < 0)) {
                throw ApiException.badRequest(name, "limit".equals(name)
                        ? "must be between 1 and " + AnalysisQuery.MAX_LIMIT : "must not be negative");
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest(name, reason);
        }
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String techniqueId(String s) {
        String id = s.toUpperCase(java.util.Locale.ROOT);
        if (!id.matches("T\\d{4}(\\.\\d{3})?")) {
            throw new IllegalArgumentException("not a technique ID");
        }
        return id;
    }

    private void send(Context ctx, int status, Object body) {
        WebServer.send(ctx, json, status, body);
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = ReadEndpoints.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
