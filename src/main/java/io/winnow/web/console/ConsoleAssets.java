package io.winnow.web.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The console's assets, read from the jar once at start: htmx and Chart.js from their webjars, and our own CSS and
 * JS. Only these names are served, so no request can reach any other class-path resource.
 */
final class ConsoleAssets {
    /** One asset: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String JS = "text/javascript; charset=utf-8";
    private static final Map<String, String[]> SOURCES = Map.of(
            "htmx.min.js", new String[]{"/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js", JS},
            "chart.umd.min.js", new String[]{"/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js", JS},
            "console.js", new String[]{"/console/console.js", JS},
            "console.css", new String[]{"/console/console.css", "text/css; charset=utf-8"});

    private final Map<String, Asset> assets;

    ConsoleAssets() {
        java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
        SOURCES.forEach((name, source) -> loaded.put(name, new Asset(read(source[0]), source[1])));
        this.assets = Map.copyOf(loaded);
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("console asset missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
