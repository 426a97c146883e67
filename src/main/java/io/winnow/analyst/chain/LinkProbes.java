package io.winnow.analyst.chain;

import io.winnow.analyst.Reachability;
import io.winnow.analyst.Reachability.Probe;
import io.winnow.analyst.Reachability.State;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Probes every link at once, each on a virtual thread, and waits at most the probe timeout for all of them. */
final class LinkProbes {
    private final Duration timeout;

    LinkProbes(Duration timeout) {
        this.timeout = timeout;
    }

    List<LinkHealth> check(List<GuardedLink> links) {
        List<FutureTask<Probe>> tasks = new ArrayList<>();
        for (GuardedLink link : links) {
            Reachability reachability = link.reachability();
            FutureTask<Probe> task = new FutureTask<>(reachability::probe);
            Thread.ofVirtual().name("winnow-model-probe").start(task);
            tasks.add(task);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<LinkHealth> health = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            GuardedLink link = links.get(i);
            Probe probe = await(tasks.get(i), deadline);
            CircuitState circuit = link.circuit();
            if (probe.state() == State.UNKNOWN && circuit == CircuitState.OPEN) {
                probe = new Probe(State.DOWN, "circuit open after repeated failures");
            }
            health.add(new LinkHealth(role(i), link.label(), LinkHealth.providerOf(link.label()), probe.state(),
                    circuit, probe.detail()));
        }
        return List.copyOf(health);
    }

    private static Probe await(FutureTask<Probe> task, long deadline) {
        try {
            Probe probe = task.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return probe == null ? new Probe(State.UNKNOWN, "probe gave no answer") : probe;
        } catch (TimeoutException e) {
            task.cancel(true);
            return new Probe(State.DOWN, "probe timed out");
        } catch (ExecutionException e) {
            return new Probe(State.UNKNOWN, "probe failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new Probe(State.UNKNOWN, "interrupted");
        }
    }

    private static String role(int index) {
        return index == 0 ? "primary" : index == 1 ? "fallback" : "fallback-" + index;
    }
}
