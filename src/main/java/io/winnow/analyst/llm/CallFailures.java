package io.winnow.analyst.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Turns what a LangChain4j client throws into an {@link AnalystException} with the right reason. The original
 * exception is deliberately not attached: its message may hold the server's response body, which can echo the
 * prompt (alert text) or name a key. The message says who failed, how, and the HTTP status when there is one.
 */
final class CallFailures {
    private final Duration timeout;

    /** @param timeout the configured timeout, named in timeout messages */
    CallFailures(Duration timeout) {
        this.timeout = timeout;
    }

    AnalystException describe(String name, RuntimeException e) {
        Integer status = status(e);
        String http = status == null ? "" : " (HTTP " + status + ")";
        return switch (e) {
            case RateLimitException r -> fail(Reason.RATE_LIMITED, name + ": rate limited by the provider" + http, e);
            case AuthenticationException a -> fail(Reason.REJECTED, name + ": the provider refused the credentials" + http, e);
            case ModelNotFoundException m -> fail(Reason.REJECTED, name + ": the provider does not know the model" + http, e);
            case ContentFilteredException c -> fail(Reason.REJECTED, name + ": the provider's content filter refused the request" + http, e);
            case InvalidRequestException i -> fail(Reason.REJECTED, name + ": the provider refused the request" + http, e);
            case InternalServerException s -> fail(Reason.INTERNAL, name + ": the model server failed" + http, e);
            case UnresolvedModelServerException u -> fail(Reason.UNREACHABLE, name + ": the server's host name does not resolve", e);
            case TimeoutException t -> timedOut(name, e);
            default -> fromCause(name, e, status, http);
        };
    }

    private AnalystException fromCause(String name, RuntimeException e, Integer status, String http) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException) {
                return fail(Reason.UNREACHABLE, name + ": cannot connect to the model server", e);
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(name, e);
            }
            if (t instanceof IOException) {
                return fail(Reason.UNREACHABLE, name + ": the connection to the model server failed", e);
            }
        }
        return status != null && status >= 500
                ? fail(Reason.INTERNAL, name + ": the model server failed" + http, e)
                : fail(Reason.INTERNAL, name + ": the call failed" + http, e);
    }

    private AnalystException timedOut(String name, RuntimeException e) {
        return fail(Reason.TIMEOUT, name + ": no answer within " + timeout.toMillis() + " ms", e);
    }

    private static AnalystException fail(Reason reason, String message, RuntimeException e) {
        return new AnalystException(reason, message + " [" + e.getClass().getSimpleName() + "]");
    }

    private static Integer status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return h.statusCode();
            }
        }
        return null;
    }
}
