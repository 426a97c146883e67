package io.winnow.analyst.llm;

import java.net.URI;
import java.nio.file.FileSystem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the analysts of the {@code llm} section: the primary model's and the fallback's, each an
 * {@link LlmAnalyst}. Everything wrong with the section is reported at once, in an {@link LlmSetupException}
 * whose problems name their keys: a key that is missing, a base URL that is not one, a cloud provider while
 * masking is off. A model server is not contacted here; a GGUF file is loaded.
 */
public final class LlmAnalysts {
    private final Map<String, String> environment;
    private final FileSystem fs;
    private final Clock clock;

    /**
     * @param environment the process environment, for {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY} and their
     *                    {@code _FILE} forms
     * @param fs          the file system key files and model files are read from
     * @param clock       the clock deadlines are measured on
     */
    public LlmAnalysts(Map<String, String> environment, FileSystem fs, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.fs = fs;
        this.clock = clock;
    }

    /**
     * The analysts of one section. Close it to release them (a GGUF model holds native memory).
     *
     * @param primary  the primary model's analyst; empty when {@code llm.provider} is {@code builtin}
     * @param fallback the fallback's analyst, if one is configured
     */
    public record Configured(Optional<LlmAnalyst> primary, Optional<LlmAnalyst> fallback) implements AutoCloseable {
        @Override
        public void close() {
            primary.ifPresent(LlmAnalyst::close);
            fallback.ifPresent(LlmAnalyst::close);
        }
    }

    /**
     * Checks the section and builds its analysts.
     *
     * @param section        the settings
     * @param maskingEnabled whether alerts are masked before analysis; without masking a cloud provider is refused
     *                       unless {@code llm.allow_unmasked_cloud} is true
     * @throws LlmSetupException listing every problem
     */
    public Configured create(LlmSection section, boolean maskingEnabled) {
        List<String> problems = new ArrayList<>();
        ApiKeys keys = new ApiKeys(environment, fs);
        LlmSettings primary = withKey(section.primary(), keys, problems);
        Optional<LlmSettings> fallback = section.fallback().map(f -> withKey(f, keys, problems));
        check(primary, "llm", problems);
        fallback.ifPresent(f -> check(f, "llm.fallback", problems));
        CloudGuard.check(new LlmSection(primary, fallback, section.allowUnmaskedCloud()), maskingEnabled)
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new LlmSetupException(problems);
        }
        Optional<LlmAnalyst> first = build(primary);
        try {
            return new Configured(first, fallback.flatMap(this::build));
        } catch (RuntimeException e) {
            first.ifPresent(LlmAnalyst::close);
            throw e;
        }
    }

    /** One analyst for one model, whose settings were checked; empty for {@link Provider#BUILTIN}. */
    Optional<LlmAnalyst> build(LlmSettings settings) {
        ModelClient client = switch (settings.provider()) {
            case BUILTIN -> null;
            case OLLAMA, OPENAI, ANTHROPIC -> new LangChainClient(settings.analystName(), ChatModels.create(settings),
                    new CallFailures(settings.timeout()));
            case GGUF -> GgufClient.open(settings, clock);
        };
        return Optional.ofNullable(client).map(c -> new LlmAnalyst(settings.analystName(), c, settings.maxRetries(),
                settings.maxConcurrency(), LlmAnalyst.Backoff.SLEEP));
    }

    private static LlmSettings withKey(LlmSettings settings, ApiKeys keys, List<String> problems) {
        return new LlmSettings(settings.provider(), settings.model(), settings.baseUrl(), keys.resolve(settings, problems),
                settings.timeout(), settings.maxRetries(), settings.maxConcurrency(), settings.modelPath());
    }

    private static void check(LlmSettings settings, String section, List<String> problems) {
        switch (settings.provider()) {
            case BUILTIN -> { }
            case OLLAMA -> checkUrl(settings, section, problems);
            case OPENAI -> {
                checkUrl(settings, section, problems);
                if (settings.atProvidersOwnAddress() && settings.apiKey().isEmpty()) {
                    problems.add(section + ".api_key: openai needs a key; set it, or OPENAI_API_KEY");
                }
            }
            case ANTHROPIC -> {
                checkUrl(settings, section, problems);
                if (settings.apiKey().isEmpty()) {
                    problems.add(section + ".api_key: anthropic needs a key; set it, or ANTHROPIC_API_KEY");
                }
            }
            case GGUF -> {
                if (settings.modelPath().isEmpty()) {
                    problems.add("llm.model_path: gguf needs the path of a GGUF model file (" + section + ".provider is gguf)");
                }
            }
        }
        if (!settings.timeout().isPositive()) {
            problems.add(section + ".timeout: must be positive");
        }
    }

    private static void checkUrl(LlmSettings settings, String section, List<String> problems) {
        String url = settings.effectiveBaseUrl();
        try {
            URI uri = URI.create(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                problems.add(section + ".base_url: must be an http:// or https:// URL with a host");
            }
        } catch (IllegalArgumentException e) {
            problems.add(section + ".base_url: is not a valid URL");
        }
    }
}
