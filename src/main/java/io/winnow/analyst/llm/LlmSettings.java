package io.winnow.analyst.llm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach one model: the {@code llm.*} (or {@code llm.fallback.*}) section of the configuration, in the
 * analyst's own terms so that this package does not depend on the configuration package.
 *
 * @param provider       which API, never null
 * @param model          the model name; empty for the provider's default ({@link Provider#defaultModel()}); for
 *                       GGUF, empty means the model file's name
 * @param baseUrl        the API's base URL; empty for the provider's default ({@link Provider#defaultBaseUrl()})
 * @param apiKey         the key, possibly empty (local servers need none)
 * @param timeout        how long one request may take, positive
 * @param maxRetries     further attempts after a rate limit or a server error, 0 or more
 * @param maxConcurrency requests in flight at once, 1 or more; more callers wait
 * @param modelPath      the GGUF model file; empty for other providers
 */
public record LlmSettings(Provider provider, String model, String baseUrl, ApiKey apiKey, Duration timeout,
                          int maxRetries, int maxConcurrency, String modelPath) {
    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        model = model == null ? "" : model.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        apiKey = apiKey == null ? ApiKey.none() : apiKey;
        Objects.requireNonNull(timeout, "timeout");
        modelPath = modelPath == null ? "" : modelPath.strip();
    }

    /** The model to ask for: the configured one, else the provider's default, else (GGUF) the file's base name. */
    public String effectiveModel() {
        if (!model.isEmpty()) {
            return model;
        }
        if (provider == Provider.GGUF && !modelPath.isEmpty()) {
            String file = Path.of(modelPath).getFileName().toString();
            return file.toLowerCase(Locale.ROOT).endsWith(".gguf") ? file.substring(0, file.length() - 5) : file;
        }
        return provider.defaultModel();
    }

    /** The base URL to call: the configured one, else the provider's default. */
    public String effectiveBaseUrl() {
        return baseUrl.isEmpty() ? provider.defaultBaseUrl() : baseUrl;
    }

    /** The analyst's name, {@code provider:model}, for example {@code ollama:llama3.1}. */
    public String analystName() {
        return provider.wireName() + ":" + effectiveModel();
    }

    /**
     * Whether text sent to this model leaves for a third party's cloud: Anthropic, and OpenAI at its own address.
     * An OpenAI-compatible server elsewhere (vLLM, LM Studio, a LiteLLM proxy) is taken to be the user's own.
     */
    public boolean isCloud() {
        return switch (provider) {
            case ANTHROPIC -> true;
            case OPENAI -> atProvidersOwnAddress();
            case BUILTIN, OLLAMA, GGUF -> false;
        };
    }

    /** Whether the base URL points at the provider's own host, as the default does. */
    boolean atProvidersOwnAddress() {
        String own = host(provider.defaultBaseUrl());
        return !own.isEmpty() && own.equalsIgnoreCase(host(effectiveBaseUrl()));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "LlmSettings[" + analystName() + " at " + effectiveBaseUrl() + ", apiKey=" + apiKey + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
