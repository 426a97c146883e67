package io.winnow.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Reads request bodies defensively: bounded size, strict UTF-8, bounded JSON depth, typed errors. */
final class RequestBodies {
    static final int MAX_DEPTH = 32;

    private final long maxBytes;
    private final ObjectMapper json;

    RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
        this.json = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                        .build())
                .build()).build();
    }

    /** The body's bytes, at most the configured maximum; 413 beyond it. */
    byte[] bytes(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(400, "invalid_request", "the request body could not be read");
        }
    }

    /** Requires a JSON content type (415 otherwise) and returns the body parsed as a JSON object. */
    JsonNode jsonObject(Context ctx) {
        requireContentType(ctx, "application/json");
        byte[] body = bytes(ctx);
        String text = utf8(body);
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")
                    ? "nested deeper than " + MAX_DEPTH + " levels" : "malformed JSON" + where;
            throw invalid("$", why);
        }
        if (node == null || !node.isObject()) {
            throw invalid("$", "must be a JSON object");
        }
        return node;
    }

    /** Requires one of the given media types. A missing content type is refused too: we must know what we read. */
    static void requireContentType(Context ctx, String... accepted) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            if (a.equals(media)) {
                return;
            }
        }
        throw new ApiException(415, "unsupported_media_type",
                "Content-Type must be " + String.join(" or ", accepted), Map.of("accepted", java.util.List.of(accepted)));
    }

    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("$", "invalid UTF-8");
        }
    }

    static ApiException invalid(String field, String reason) {
        return new ApiException(400, "invalid_alert", field + ": " + reason,
                Map.of("fields", java.util.List.of(Map.of("field", field, "reason", reason))));
    }

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large",
                "the request body is larger than " + maxBytes + " bytes", Map.of("max_bytes", maxBytes));
    }
}
