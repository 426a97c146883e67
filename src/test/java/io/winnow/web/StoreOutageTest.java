package io.winnow.web;

import io.winnow.TestEngines;
import io.winnow.triage.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** When the store is gone, intake says so with 503 and accepts nothing it could lose. */
class StoreOutageTest {
    @Test
    void answers503WhenTheStoreIsUnavailable(@TempDir Path dir) {
        Engine engine = TestEngines.sqlite(dir);
        try (WebServer server = new WebServer(engine, 1024 * 1024, 50, Clock.systemUTC())) {
            HttpClientSupport client = new HttpClientSupport(server.start("127.0.0.1", 0));
            engine.store().close();

            var reply = client.postJson("/api/alerts", WebServerTest.FALCO);
            var health = client.get("/health");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("error").asText()).isEqualTo("store_unavailable");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("unhealthy");
        }
    }
}
