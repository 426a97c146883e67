package io.winnow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.winnow.alert.CanonicalJson;
import io.winnow.store.StoreException;
import io.winnow.triage.Engine;
import io.winnow.web.console.Console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Winnow's HTTP server (Javalin on virtual threads): the intake endpoints, the read API and operations endpoints.
 * All errors leave in one JSON shape, {@code {error, detail, …}}, without stack traces.
 */
public final class WebServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebServer.class);
    private static final Set<String> TRIAGE_PATHS = Set.of("/api/analyze", "/analyze", "/analyze_alert", "/batch",
            "/api/alerts");

    private final Engine engine;
    private final ObjectMapper json = CanonicalJson.newMapper();
    private final List<Route> routes;
    private final Map<String, Counter> requestCounters = new ConcurrentHashMap<>();
    private final Timer requestTimer;
    private final Javalin app;

    /**
     * @param maxBodyBytes   the largest request body accepted; larger ones get 413
     * @param batchMaxAlerts the most alerts one {@code /batch} request may carry
     */
    public WebServer(Engine engine, long maxBodyBytes, int batchMaxAlerts, Clock clock) {
        this.engine = engine;
        RequestBodies bodies = new RequestBodies(maxBodyBytes);
        IntakeEndpoints intake = new IntakeEndpoints(engine.pipeline(), bodies, json, batchMaxAlerts);
        ReadEndpoints read = new ReadEndpoints(engine, json, clock);
        FeedbackEndpoints feedback = new FeedbackEndpoints(engine.store(), bodies, json);
        Console console = new Console(engine, clock);
        this.routes = List.of(
                new Route(HandlerType.GET, "/", read::root),
                new Route(HandlerType.GET, "/health", read::health),
                new Route(HandlerType.GET, "/api/health/all", read::healthAll),
                new Route(HandlerType.GET, "/metrics", read::metrics),
                new Route(HandlerType.GET, "/openapi.json", read::openApi),
                new Route(HandlerType.POST, "/api/alerts", intake::alerts),
                new Route(HandlerType.GET, "/api/alerts/{id}", read::alert),
                new Route(HandlerType.POST, "/api/alerts/{id}/retry", intake::retry),
                new Route(HandlerType.POST, "/api/analyze", intake::sib),
                new Route(HandlerType.POST, "/analyze", intake::triage),
                new Route(HandlerType.POST, "/analyze_alert", intake::rawAlert),
                new Route(HandlerType.POST, "/batch", intake::batch),
                new Route(HandlerType.GET, "/api/analyses", read::analyses),
                new Route(HandlerType.GET, "/api/analyses/{id}", read::analysis),
                new Route(HandlerType.GET, "/api/analyses/{id}/feedback", feedback::read),
                new Route(HandlerType.POST, "/api/analyses/{id}/feedback", feedback::give),
                new Route(HandlerType.GET, "/analyze", console::analyze),
                new Route(HandlerType.GET, "/ui", console::dashboard),
                new Route(HandlerType.GET, "/ui/analyses/{id}", console::analysis),
                new Route(HandlerType.POST, "/ui/analyses/{id}/feedback", console::feedback),
                new Route(HandlerType.GET, "/ui/assets/{name}", console::asset));
        this.requestTimer = Timer.builder("triage_request_duration_seconds")
                .description("Time to answer triage requests")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(engine.metrics());
        this.app = Javalin.create(cfg -> {
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = maxBodyBytes + 1;
            cfg.startup.showJavalinBanner = false;
            cfg.requestLogger.http(this::recordMetrics);
            cfg.routes.before(WebServer::securityHeaders);
            routes.forEach(r -> cfg.routes.addHttpHandler(r.method(), r.path(), r.handler()));
            cfg.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.body()));
            cfg.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.warn("store error on {} {} (retriable: {})", ctx.method(), ctx.path(), e.retriable());
                send(ctx, 503, Map.of("error", "store_unavailable", "detail",
                        "the store could not be reached; nothing was accepted, send the alert again", "retry_after", 5));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // Exception messages may quote alert text: log the type and where, never the message.
                StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
                LOG.error("unhandled {} on {} {} at {}", e.getClass().getName(), ctx.method(), ctx.path(), at);
                send(ctx, 500, Map.of("error", "internal_error",
                        "detail", "an unexpected error occurred; it has been logged without alert contents"));
            });
            cfg.routes.error(404, ctx -> errorUnlessJson(ctx, "not_found", "no such resource: " + ctx.path()));
            cfg.routes.error(405, ctx -> errorUnlessJson(ctx, "method_not_allowed",
                    ctx.method() + " is not allowed on " + ctx.path()));
            cfg.routes.error(413, ctx -> errorUnlessJson(ctx, "payload_too_large",
                    "the request body is larger than " + maxBodyBytes + " bytes"));
        });
    }

    /** Starts listening; port 0 picks a free port. Returns the port bound. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    /** The routes served, in registration order. */
    List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void recordMetrics(Context ctx, Float millis) {
        if (!TRIAGE_PATHS.contains(ctx.path()) || ctx.method() != HandlerType.POST) {
            return;
        }
        int code = ctx.statusCode();
        String status = code < 400 ? "success" : code < 500 ? "invalid" : "error";
        requestCounters.computeIfAbsent(status, s -> Counter.builder("triage_requests_total")
                .description("Triage requests by outcome").tag("status", s).register(engine.metrics())).increment();
        requestTimer.record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    /** The strict policy for JSON routes; console pages replace it with their own (see {@link Console}). */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
    }

    private void errorUnlessJson(Context ctx, String error, String detail) {
        String current = ctx.res().getContentType();
        if (current == null || !current.startsWith("application/json")) {
            send(ctx, ctx.statusCode(), Map.of("error", error, "detail", detail));
        }
    }

    void send(Context ctx, int status, Object body) {
        send(ctx, json, status, body);
    }

    static void send(Context ctx, ObjectMapper json, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
