package io.winnow;

import io.winnow.analyst.llm.ApiKey;
import io.winnow.analyst.llm.LlmAnalysts;
import io.winnow.analyst.llm.OllamaProbe;
import io.winnow.analyst.llm.LlmSection;
import io.winnow.analyst.llm.LlmSettings;
import io.winnow.analyst.llm.LlmSetupException;
import io.winnow.analyst.llm.Provider;
import io.winnow.config.ConfigException;
import io.winnow.config.WinnowConfig;

import java.nio.file.FileSystems;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@code llm} configuration section into the LLM package's own settings and builds its analysts; the
 * analyst package does not know the configuration package, so the translation lives with the wiring.
 */
final class LlmWiring {
    private LlmWiring() {
    }

    /**
     * The analysts of the section.
     *
     * @param maskingEnabled whether alerts are masked before analysis
     * @throws ConfigException naming each key that stops the start
     */
    static LlmAnalysts.Configured analysts(WinnowConfig.Llm llm, Map<String, String> environment, Clock clock,
                                          boolean maskingEnabled) {
        try {
            return new LlmAnalysts(environment, FileSystems.getDefault(), clock).create(section(llm), maskingEnabled);
        } catch (LlmSetupException e) {
            throw new ConfigException(e.problems());
        }
    }

    /**
     * Settles {@code llm.provider: auto}: Ollama at {@code ollamaUrl} (or {@code llm.base_url}) if it answers with a
     * model, else the built-in analyst alone. Any other provider is returned as configured.
     */
    static WinnowConfig.Llm resolveAuto(WinnowConfig.Llm llm, OllamaProbe probe, String ollamaUrl) {
        if (!"auto".equals(llm.provider())) {
            return llm;
        }
        return probe.probe(llm.baseUrl().isBlank() ? ollamaUrl : llm.baseUrl(), llm.model())
                .map(found -> withProvider(llm, "ollama", found.model(), found.baseUrl()))
                .orElseGet(() -> withProvider(llm, "builtin", llm.model(), llm.baseUrl()));
    }

    private static WinnowConfig.Llm withProvider(WinnowConfig.Llm llm, String provider, String model, String baseUrl) {
        return new WinnowConfig.Llm(provider, model, baseUrl, llm.timeout(), llm.maxRetries(), llm.maxConcurrency(),
                llm.apiKey(), llm.modelPath(), llm.fallback(), llm.allowUnmaskedCloud());
    }

    static LlmSection section(WinnowConfig.Llm llm) {
        LlmSettings primary = new LlmSettings(provider(llm.provider()), llm.model(), llm.baseUrl(),
                ApiKey.of(llm.apiKey().reveal()), llm.timeout(), llm.maxRetries(), llm.maxConcurrency(), llm.modelPath());
        WinnowConfig.Llm.Fallback f = llm.fallback();
        Optional<LlmSettings> fallback = "none".equals(f.provider()) ? Optional.empty()
                : Optional.of(new LlmSettings(provider(f.provider()), f.model(), f.baseUrl(), ApiKey.of(f.apiKey().reveal()),
                        f.timeout(), llm.maxRetries(), llm.maxConcurrency(), llm.modelPath()));
        return new LlmSection(primary, fallback, llm.allowUnmaskedCloud());
    }

    private static Provider provider(String wireName) {
        return Provider.fromWireName(wireName)
                .orElseThrow(() -> new IllegalStateException("the configuration admitted an unknown provider"));
    }
}
