package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winnow.alert.Finding;
import io.winnow.analyst.Analyst;
import io.winnow.analyst.AnalystException;
import io.winnow.analyst.AnalystException.Reason;
import io.winnow.mask.MaskedAlert;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * An analyst that asks a language model. It sends only the masked alert, fenced as untrusted data; asks for the
 * analysis schema in the provider's structured-output mode; reads the answer tolerantly; when the answer is not
 * valid it asks once more, showing what was wrong; and it validates strictly before it returns a {@link Finding}
 * whose {@code modelUsed} is {@link #name()} and whose {@code sentText} is the message sent. Rate limits and server
 * errors are retried up to {@code maxRetries} times; a timeout or an unreachable server is not, so that a chain can
 * fall back at once. At most {@code maxConcurrency} requests are in flight; further callers wait their turn.
 * Thread-safe. Build one with {@link LlmAnalysts}.
 */
public final class LlmAnalyst implements Analyst, AutoCloseable {
    /** Waits between retries; the default sleeps. */
    @FunctionalInterface
    interface Backoff {
        Backoff SLEEP = attempt -> Thread.sleep(Math.min(4_000L, 250L << attempt));

        void pause(int attempt) throws InterruptedException;
    }

    private final String name;
    private final ModelClient client;
    private final int maxRetries;
    private final Semaphore inFlight;
    private final Backoff backoff;
    private final LenientJson reader = new LenientJson();
    private final AnswerValidator validator = new AnswerValidator();
    private final FindingReader findings = new FindingReader();

    LlmAnalyst(String name, ModelClient client, int maxRetries, int maxConcurrency, Backoff backoff) {
        this.name = Objects.requireNonNull(name, "name");
        this.client = Objects.requireNonNull(client, "client");
        this.maxRetries = Math.max(0, maxRetries);
        this.inFlight = new Semaphore(Math.max(1, maxConcurrency), true);
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** {@code provider:model}, for example {@code ollama:llama3.1}. */
    @Override
    public String name() {
        return name;
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        List<Turn> asked = AlertPrompt.ask(alert);
        String sent = asked.getLast().text();
        acquire();
        try {
            String answer = call(asked);
            Reading first = evaluate(answer);
            if (first.answer() != null) {
                return findings.read(first.answer(), name, sent);
            }
            Reading repaired = evaluate(call(AlertPrompt.repair(asked, answer, first.problems())));
            if (repaired.answer() != null) {
                return findings.read(repaired.answer(), name, sent);
            }
            throw new AnalystException(Reason.INVALID_OUTPUT, name + ": the answer is not valid after one repair: "
                    + String.join("; ", repaired.problems()));
        } finally {
            inFlight.release();
        }
    }

    /** A parsed and valid answer, or the problems that stop it. */
    private record Reading(ObjectNode answer, List<String> problems) {
    }

    private Reading evaluate(String answer) {
        return switch (reader.read(answer)) {
            case LenientJson.Result.Unreadable u -> new Reading(null, List.of(u.problem()));
            case LenientJson.Result.Found f -> {
                List<String> problems = validator.problems(f.object());
                yield problems.isEmpty() ? new Reading(f.object(), List.of()) : new Reading(null, problems);
            }
        };
    }

    private String call(List<Turn> conversation) {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.answer(conversation);
            } catch (AnalystException e) {
                boolean worthRetrying = e.reason() == Reason.RATE_LIMITED || e.reason() == Reason.INTERNAL;
                if (!worthRetrying || attempt >= maxRetries) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        try {
            backoff.pause(attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalystException(Reason.INTERNAL, name + ": interrupted while waiting to retry");
        }
    }

    private void acquire() {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalystException(Reason.INTERNAL, name + ": interrupted while waiting for a free slot");
        }
    }

    /** How many callers wait for a free slot; for tests and health reports. */
    int waitingForASlot() {
        return inFlight.getQueueLength();
    }

    /** Releases the model; for GGUF this frees its memory. */
    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "LlmAnalyst[" + name + "]";
    }
}
