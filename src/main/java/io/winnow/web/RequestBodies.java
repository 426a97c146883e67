package io.winnow.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** Reads request bodies defensively: bounded size and declared media type, with typed errors. */
final class RequestBodies {
    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
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

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large",
                "the request body is larger than " + maxBytes + " bytes", Map.of("max_bytes", maxBytes));
    }
}
