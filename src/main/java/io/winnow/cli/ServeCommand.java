package io.winnow.cli;

import io.winnow.config.WinnowConfig;
import io.winnow.triage.Engine;
import io.winnow.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code winnow serve}: runs the HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API and retry worker.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    private final EngineFactory engines;

    @Option(names = "--port", description = "Port to listen on (overrides server.port).")
    Integer port;

    @Option(names = "--data", description = "Data directory for the embedded SQLite store (overrides store.data_dir).")
    Path data;

    @Option(names = "--config", description = "Configuration file (default: $WINNOW_CONFIG or ./winnow.yaml).")
    Path config;

    ServeCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("server.port", port.toString());
        }
        if (data != null) {
            overrides.put("store.data_dir", data.toString());
        }
        WinnowConfig cfg = WinnowCommand.loadConfig(config, overrides);
        try (Running running = Running.start(engines, cfg)) {
            System.out.printf("winnow %s listening on http://%s:%d  (analyst: %s, store: %s)%n",
                    WinnowCommand.version(), cfg.server().host(), running.port(), running.engine().analystName(),
                    cfg.store().jdbcUrl());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** A started engine, web server and retry worker; closing stops all three. */
    record Running(Engine engine, WebServer server, RetryWorker retries, int port) implements AutoCloseable {
        static Running start(EngineFactory engines, WinnowConfig cfg) {
            Engine engine = engines.open(cfg);
            WebServer server = new WebServer(engine, cfg.server().maxBodyBytes(), cfg.triage().batchMaxAlerts(),
                    Clock.systemUTC());
            int port = server.start(cfg.server().host(), cfg.server().port());
            RetryWorker retries = RetryWorker.start(engine.pipeline(), cfg.triage().retryIntervalSeconds());
            return new Running(engine, server, retries, port);
        }

        @Override
        public void close() {
            retries.close();
            server.close();
            engine.close();
        }
    }
}
