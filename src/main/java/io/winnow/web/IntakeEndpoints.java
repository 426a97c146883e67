package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.winnow.alert.Alert;
import io.winnow.alert.SourceFormat;
import io.winnow.ingest.AlertParseException;
import io.winnow.ingest.FieldError;
import io.winnow.mask.MaskPreview;
import io.winnow.mask.MaskScopes;
import io.winnow.triage.Outcome;
import io.winnow.triage.Pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The endpoints that take alerts in: canonical, SIB-compatible and triage-API-compatible. */
final class IntakeEndpoints {
    private final Pipeline pipeline;
    private final RequestBodies bodies;
    private final ObjectMapper json;
    private final int batchMaxAlerts;

    IntakeEndpoints(Pipeline pipeline, RequestBodies bodies, ObjectMapper json, int batchMaxAlerts) {
        this.pipeline = pipeline;
        this.bodies = bodies;
        this.json = json;
        this.batchMaxAlerts = batchMaxAlerts;
    }

    /**
     * {@code POST /api/alerts}: any supported format (JSON, or a raw line as text/plain); canonical analysis out.
     * {@code ?scope=} masks within a case or chat session, so a value keeps its token across alerts.
     */
    void alerts(Context ctx) {
        SourceFormat forced = format(ctx.queryParam("format"));
        boolean store = flag(ctx.queryParam("store"), "store", true);
        String scope = scope(ctx);
        Alert alert;
        if (isTextPlain(ctx)) {
            alert = parse(() -> pipeline.parse(bodies.bytes(ctx), forced == null ? SourceFormat.RAW : forced));
        } else {
            JsonNode body = jsonObject(ctx);
            alert = parse(() -> pipeline.parse(body, forced));
        }
        Outcome outcome = pipeline.triage(alert, store, scope);
        if (outcome instanceof Outcome.Analysed a) {
            ctx.header("Location", "/api/analyses/" + a.analysis().id());
            send(ctx, store ? 201 : 200, a.analysis());
        } else {
            throw failed((Outcome.Failed) outcome, store);
        }
    }

    /** {@code POST /api/alerts/{id}/retry}: analyses a stored alert again. */
    void retry(Context ctx) {
        String id = ctx.pathParam("id");
        Outcome outcome = pipeline.retry(id)
                .orElseThrow(() -> new ApiException(404, "not_found", "no stored alert with that id"));
        switch (outcome) {
            case Outcome.Analysed a -> send(ctx, 200, a.analysis());
            case Outcome.Failed f -> throw failed(f, true);
        }
    }

    /**
     * {@code POST /api/analyze}: SIB's body and answer; honours {@code store}; {@code dry_run} (in the body or the
     * query) answers with exactly what would be sent and the kinds masked with their counts, never the values;
     * {@code ?scope=} masks within a case or chat session.
     */
    void sib(Context ctx) {
        String scope = scope(ctx);
        boolean queryDryRun = flag(ctx.queryParam("dry_run"), "dry_run", false);
        JsonNode body = jsonObject(ctx);
        boolean store = bodyFlag(body, "store", true);
        boolean dryRun = bodyFlag(body, "dry_run", false) || queryDryRun;
        Alert alert = parse(() -> pipeline.parse(body, SourceFormat.SIB));
        if (dryRun) {
            MaskPreview preview = pipeline.dryRun(alert, scope);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("success", true);
            out.put("dry_run", true);
            out.put("obfuscated", preview.alert().text());
            out.put("masked", preview.masked());
            send(ctx, 200, out);
            return;
        }
        switch (pipeline.triage(alert, store, scope)) {
            case Outcome.Analysed a -> send(ctx, 200, CompatibleShapes.sib(a.analysis(), store));
            case Outcome.Failed f -> throw failed(f, store);
        }
    }

    /** {@code POST /analyze}: the triage API's request (Wazuh triage schema, or any format) and answer. */
    void triage(Context ctx) {
        JsonNode body = jsonObject(ctx);
        Alert alert = parse(() -> pipeline.parse(body, null));
        switch (pipeline.triage(alert, true)) {
            case Outcome.Analysed a -> send(ctx, 200, CompatibleShapes.triage(alert, a.analysis()));
            case Outcome.Failed f -> throw failed(f, true);
        }
    }

    /** {@code POST /analyze_alert}: a raw alert in ({"raw_alert": …} or text/plain); a short answer out. */
    void rawAlert(Context ctx) {
        Alert alert;
        if (isTextPlain(ctx)) {
            alert = parse(() -> pipeline.parse(bodies.bytes(ctx), SourceFormat.RAW));
        } else {
            JsonNode body = jsonObject(ctx);
            alert = parse(() -> pipeline.parse(body, SourceFormat.RAW));
        }
        switch (pipeline.triage(alert, true)) {
            case Outcome.Analysed a -> send(ctx, 200, CompatibleShapes.rawAlert(alert, a.analysis()));
            case Outcome.Failed f -> throw failed(f, true);
        }
    }

    /**
     * {@code POST /batch}: {@code {"alerts": [...]}} of any formats, at most the configured number. Every alert is
     * validated first; if any is invalid nothing is stored and the answer names each bad field by index.
     */
    void batch(Context ctx) {
        JsonNode body = jsonObject(ctx);
        JsonNode items = body.get("alerts");
        if (items == null || !items.isArray()) {
            throw ApiException.invalidAlert("alerts", "required: an array of alerts");
        }
        if (items.size() > batchMaxAlerts) {
            throw new ApiException(413, "payload_too_large", "at most " + batchMaxAlerts + " alerts per batch, got "
                    + items.size(), Map.of("max_alerts", batchMaxAlerts));
        }
        if (items.isEmpty()) {
            throw ApiException.invalidAlert("alerts", "must not be empty");
        }
        List<Alert> alerts = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                alerts.add(pipeline.parse(items.get(i), null));
            } catch (AlertParseException e) {
                String prefix = "alerts[" + i + "]";
                e.errors().forEach(fe -> errors.add(new FieldError(
                        "$".equals(fe.field()) ? prefix : prefix + "." + fe.field(), fe.reason())));
            }
        }
        if (!errors.isEmpty()) {
            throw invalidAlert(new AlertParseException(errors));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Outcome outcome : pipeline.triageAll(alerts, true)) {
            results.add(switch (outcome) {
                case Outcome.Analysed a -> CompatibleShapes.triage(a.alert(), a.analysis());
                case Outcome.Failed f -> failed(f, true).body();
            });
        }
        send(ctx, 200, Map.of("results", results, "count", results.size()));
    }

    /** The body as a JSON object, read under the intake's limits (depth, string length, duplicate keys). */
    private JsonNode jsonObject(Context ctx) {
        RequestBodies.requireContentType(ctx, "application/json");
        byte[] body = bodies.bytes(ctx);
        JsonNode node;
        try {
            node = pipeline.readJson(body);
        } catch (AlertParseException e) {
            throw invalidAlert(e);
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalidAlert("$", "must be a JSON object");
        }
        return node;
    }

    private interface Parse {
        Alert run();
    }

    private static Alert parse(Parse parse) {
        try {
            return parse.run();
        } catch (AlertParseException e) {
            throw invalidAlert(e);
        }
    }

    private static ApiException invalidAlert(AlertParseException e) {
        List<Map<String, String>> fields = e.errors().stream()
                .map(fe -> Map.of("field", fe.field(), "reason", fe.reason())).toList();
        return new ApiException(400, "invalid_alert", e.getMessage(), Map.of("fields", fields));
    }

    private static ApiException failed(Outcome.Failed f, boolean stored) {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("alert_id", f.alert().externalId() != null ? f.alert().externalId() : f.alert().id());
        extras.put("stored", stored);
        extras.put("retriable", f.retriable());
        if (f.retriable()) {
            extras.put("retry_after", 60);
        }
        return new ApiException(503, "analysis_failed", f.reason()
                + (stored ? "; the alert is stored and will be retried" : ""), extras);
    }

    private static boolean isTextPlain(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
    }

    private static SourceFormat format(String value) {
        if (value == null || value.isBlank() || "auto".equalsIgnoreCase(value.strip())) {
            return null;
        }
        return SourceFormat.fromWireName(value).orElseThrow(() -> ApiException.badRequest("format",
                "must be one of auto, sib, falco, wazuh, raw"));
    }

    /** The {@code scope} query parameter: a case or chat session ID, or null when there is none. */
    private static String scope(Context ctx) {
        String scope = ctx.queryParam("scope");
        if (scope == null || scope.isEmpty()) {
            return null;
        }
        if (!MaskScopes.isValidId(scope)) {
            throw ApiException.badRequest("scope", "must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
        }
        return scope;
    }

    private static boolean flag(String value, String name, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name, "must be true or false");
        };
    }

    private static boolean bodyFlag(JsonNode body, String name, boolean fallback) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ApiException.invalidAlert(name, "must be true or false");
        }
        return v.booleanValue();
    }

    private void send(Context ctx, int status, Object body) {
        WebServer.send(ctx, json, status, body);
    }
}
