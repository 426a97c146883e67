package io.winnow.cli;

import io.winnow.triage.Outcome;
import io.winnow.triage.Pipeline;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Retries failed and stale pending alerts on a fixed interval, so an accepted alert is eventually analysed. */
final class RetryWorker implements AutoCloseable {
    private static final int BATCH = 100;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RetryWorker.class);

    private final ScheduledExecutorService timer;

    private RetryWorker(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static RetryWorker start(Pipeline pipeline, int intervalSeconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("winnow-retry").daemon().factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                List<Outcome> outcomes = pipeline.retryStored(BATCH);
                long ok = outcomes.stream().filter(o -> o instanceof Outcome.Analysed).count();
                if (!outcomes.isEmpty()) {
                    LOG.info("retried {} stored alerts: {} analysed, {} still failing", outcomes.size(), ok,
                            outcomes.size() - ok);
                }
            } catch (RuntimeException e) {
                LOG.warn("retry round failed: {}", e.getClass().getSimpleName());
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return new RetryWorker(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
