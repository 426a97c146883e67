package io.winnow.analyst.builtin.similarity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Loads an encoder and embeds the technique descriptors on a background thread, once, starting when first asked
 * ({@link #start()} or {@link #await()}), so that a run that never needs the model never pays for it. The outcome
 * is decided exactly once: ready, or failed (the encoder threw, or {@link #await} waited longer than allowed). A
 * failure is logged once, without alert data, and is final, so a ranker never switches between lexical and blended
 * rankings.
 */
final class ModelLoading {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLoading.class);

    enum State { LOADING, READY, FAILED }

    /**
     * A loaded encoder and the vectors of every descriptor, in descriptor order.
     *
     * @param encoder     the encoder, for alert texts
     * @param descriptors one unit vector per descriptor
     */
    record Loaded(TextEncoder encoder, List<float[]> descriptors) {
        Loaded {
            descriptors = List.copyOf(descriptors);
        }
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.LOADING);
    private final CompletableFuture<Loaded> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Runnable task;
    private final Duration maxWait;
    private final boolean failureIsWarning;

    private ModelLoading(Supplier<TextEncoder> encoders, List<Descriptor> descriptors, DescriptorVectorCache cache,
                         Duration maxWait, boolean failureIsWarning) {
        this.task = () -> load(encoders, descriptors, cache);
        this.maxWait = maxWait;
        this.failureIsWarning = failureIsWarning;
    }

    /**
     * A loading that starts on a daemon thread when first asked for.
     *
     * @param encoders         makes the encoder; may throw anything a native library loader throws
     * @param descriptors      what to embed once the encoder is there
     * @param cache            where descriptor vectors are kept between runs
     * @param maxWait          how long the first {@link #await} waits before giving up for good
     * @param failureIsWarning log a failure as a warning (the user asked for embeddings) rather than as information
     */
    static ModelLoading lazily(Supplier<TextEncoder> encoders, List<Descriptor> descriptors,
                               DescriptorVectorCache cache, Duration maxWait, boolean failureIsWarning) {
        return new ModelLoading(encoders, descriptors, cache, maxWait, failureIsWarning);
    }

    /** Starts loading in the background unless it has started already; returns at once. */
    void start() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("winnow-minilm-load").start(task);
        }
    }

    State state() {
        return state.get();
    }

    /** The loaded model, waiting for it if need be; null when loading failed or took too long. */
    Loaded await() {
        start();
        if (state.get() == State.LOADING) {
            try {
                result.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                fail("it did not load within " + maxWait.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                fail(e.getCause().getClass().getSimpleName());
            }
        }
        return state.get() == State.READY ? result.join() : null;
    }

    private void load(Supplier<TextEncoder> encoders, List<Descriptor> descriptors, DescriptorVectorCache cache) {
        long started = System.nanoTime();
        try {
            TextEncoder encoder = encoders.get();
            List<String> sentences = descriptors.stream().map(Descriptor::sentence).toList();
            List<float[]> vectors = cache.read(encoder.name(), sentences).orElseGet(() -> {
                List<float[]> computed = encoder.encodeAll(sentences);
                cache.write(encoder.name(), sentences, computed);
                return computed;
            });
            if (state.compareAndSet(State.LOADING, State.READY)) {
                result.complete(new Loaded(encoder, vectors));
                LOG.info("similarity: MiniLM ready in {} ms ({} technique vectors)",
                        (System.nanoTime() - started) / 1_000_000, vectors.size());
            }
        } catch (RuntimeException | LinkageError e) {
            fail(e.getClass().getSimpleName());
        }
    }

    private void fail(String reason) {
        if (state.compareAndSet(State.LOADING, State.FAILED)) {
            result.complete(null);
            String message = "similarity: the MiniLM model is not available ({}); ranking with the lexical index only";
            if (failureIsWarning) {
                LOG.warn(message, reason);
            } else {
                LOG.info(message, reason);
            }
        }
    }
}
