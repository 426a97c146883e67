package io.winnow.analyst.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks for an Ollama server that answers, for start-up without a configured model: it asks {@code GET /api/tags}
 * with a short timeout and picks a model the server has. Nothing is sent but that request. Thread-safe.
 */
public final class OllamaProbe {
    /** Long enough for a local server, short enough not to delay a start that finds none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    private static final long MAX_BODY_BYTES = 1 << 20;

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public OllamaProbe(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * A server found, and the model to use on it.
     *
     * @param baseUrl the server's base URL, as probed
     * @param model   the model chosen: the preferred one if the server has it, else the default if it has that,
     *                else the first it lists
     * @param models  every model the server lists
     */
    public record Found(String baseUrl, String model, List<String> models) {
        public Found {
            models = List.copyOf(models);
        }
    }

    /**
     * Probes a server.
     *
     * @param baseUrl   the server, for example {@link Provider#OLLAMA}'s default {@code http://localhost:11434}
     * @param preferred the model wanted, or empty for {@link Provider#OLLAMA}'s default
     * @return the server and model, or empty when nothing answers in time, the answer is not Ollama's, or the
     *         server has no model
     */
    public Optional<Found> probe(String baseUrl, String preferred) {
        List<String> models;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + "/api/tags"))
                    .timeout(timeout).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_BODY_BYTES) {
                return Optional.empty();
            }
            models = modelNames(json.readTree(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return choose(models, preferred.isBlank() ? Provider.OLLAMA.defaultModel() : preferred.strip())
                .map(model -> new Found(baseUrl, model, models));
    }

    /** Probes Ollama's default address, for its default model. */
    public Optional<Found> probeLocal() {
        return probe(Provider.OLLAMA.defaultBaseUrl(), "");
    }

    private static List<String> modelNames(JsonNode tags) {
        List<String> names = new ArrayList<>();
        JsonNode models = tags.path("models");
        if (models.isArray()) {
            models.forEach(m -> {
                if (m.path("name").isTextual() && !m.path("name").asText().isBlank()) {
                    names.add(m.path("name").asText());
                }
            });
        }
        return names;
    }

    /** Ollama lists {@code llama3.1:latest} for what users call {@code llama3.1}. */
    static Optional<String> choose(List<String> models, String wanted) {
        for (String candidate : List.of(wanted, wanted + ":latest")) {
            if (models.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return models.stream().findFirst();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
