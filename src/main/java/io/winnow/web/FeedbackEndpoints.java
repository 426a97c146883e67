package io.winnow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.winnow.alert.AnalystVerdict;
import io.winnow.store.AnalysisStore;
import io.winnow.store.Feedback;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON side of analyst feedback: give it on an analysis, and read it back. */
final class FeedbackEndpoints {
    private static final int MAX_COMMENT_BYTES = 16 * 1024;

    private final AnalysisStore store;
    private final RequestBodies bodies;
    private final ObjectMapper json;

    FeedbackEndpoints(AnalysisStore store, RequestBodies bodies, ObjectMapper json) {
        this.store = store;
        this.bodies = bodies;
        this.json = json;
    }

    /** {@code POST /api/analyses/{id}/feedback}: {@code {"verdict": "CONFIRMED", "comment": "…"}}. */
    void give(Context ctx) {
        RequestBodies.requireContentType(ctx, "application/json");
        byte[] raw = bodies.bytes(ctx);
        if (raw.length > MAX_COMMENT_BYTES) {
            throw new ApiException(413, "payload_too_large", "feedback bodies are at most " + MAX_COMMENT_BYTES
                    + " bytes");
        }
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            throw ApiException.badRequest("$", "must be a JSON object");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("$", "must be a JSON object");
        }
        JsonNode verdictNode = body.get("verdict");
        AnalystVerdict verdict = AnalystVerdict.parse(verdictNode != null && verdictNode.isTextual()
                ? verdictNode.asText() : null).orElseThrow(() -> ApiException.badRequest("verdict",
                "required: CONFIRMED, FALSE_POSITIVE or BENIGN"));
        JsonNode comment = body.get("comment");
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            throw ApiException.badRequest("comment", "must be text");
        }
        Feedback saved = store.saveFeedback(ctx.pathParam("id"), verdict,
                        comment == null || comment.isNull() ? null : comment.asText(), null)
                .orElseThrow(() -> new ApiException(404, "not_found", "no analysis with that id"));
        WebServer.send(ctx, json, 200, shape(saved));
    }

    /** {@code GET /api/analyses/{id}/feedback}. */
    void read(Context ctx) {
        Feedback feedback = store.findFeedback(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no analyst feedback on that analysis"));
        WebServer.send(ctx, json, 200, shape(feedback));
    }

    static Map<String, Object> shape(Feedback f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("analysis_id", f.analysisId());
        out.put("alert_id", f.alertId());
        out.put("verdict", f.verdict().name());
        out.put("machine_verdict", f.machineVerdict().name());
        out.put("agrees", f.agrees());
        out.put("comment", f.comment());
        out.put("analyst", f.analyst());
        out.put("given_at", f.givenAt().toString());
        return out;
    }
}
