package io.winnow.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the API, in its one JSON shape {@code {error, detail, …}}. The detail and extras are written
 * for the caller and must never contain secrets or stack traces.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final transient Map<String, Object> extras;

    ApiException(int status, String error, String detail, Map<String, Object> extras) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
        this.extras = new LinkedHashMap<>(extras);
    }

    ApiException(int status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    /** A 400 about one field of the request ({@code invalid_request}). */
    static ApiException badRequest(String field, String reason) {
        return fieldError("invalid_request", field, reason);
    }

    /** A 400 about one field of an alert ({@code invalid_alert}). */
    static ApiException invalidAlert(String field, String reason) {
        return fieldError("invalid_alert", field, reason);
    }

    private static ApiException fieldError(String error, String field, String reason) {
        return new ApiException(400, error, field + ": " + reason,
                Map.of("fields", java.util.List.of(Map.of("field", field, "reason", reason))));
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", getMessage());
        body.putAll(extras);
        return body;
    }
}
