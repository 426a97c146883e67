package io.winnow.analyst.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a provider's key when the configuration gives none: the provider's own variable ({@code OPENAI_API_KEY},
 * {@code ANTHROPIC_API_KEY}) or its {@code _FILE} form naming a file that holds it. These are read only when the
 * model is at the provider's own address: a key made for OpenAI is never sent to some other server that speaks
 * its API; such a server gets {@code llm.api_key} or nothing.
 */
final class ApiKeys {
    static final int MAX_FILE_BYTES = 64 * 1024;

    private final Map<String, String> environment;
    private final FileSystem fs;

    ApiKeys(Map<String, String> environment, FileSystem fs) {
        this.environment = Map.copyOf(environment);
        this.fs = fs;
    }

    /** The variable a provider's own tools read its key from, if it has one. */
    static Optional<String> standardVariable(Provider provider) {
        return switch (provider) {
            case OPENAI -> Optional.of("OPENAI_API_KEY");
            case ANTHROPIC -> Optional.of("ANTHROPIC_API_KEY");
            case BUILTIN, OLLAMA, GGUF -> Optional.empty();
        };
    }

    /**
     * The key to use: the configured one, else the standard variable's, else empty.
     *
     * @param problems collects a problem, naming the variable, when a key file cannot be read
     */
    ApiKey resolve(LlmSettings settings, List<String> problems) {
        if (!settings.apiKey().isEmpty() || !settings.atProvidersOwnAddress()) {
            return settings.apiKey();
        }
        return standardVariable(settings.provider()).map(variable -> fromEnvironment(variable, problems)).orElse(ApiKey.none());
    }

    private ApiKey fromEnvironment(String variable, List<String> problems) {
        String file = environment.get(variable + "_FILE");
        String plain = environment.get(variable);
        if (file != null && plain != null) {
            problems.add(variable + " and " + variable + "_FILE are both set; set only one of them");
            return ApiKey.none();
        }
        if (file == null) {
            return ApiKey.of(plain == null ? "" : plain);
        }
        try {
            Path path = fs.getPath(file);
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(variable + "_FILE: the file it names is larger than " + MAX_FILE_BYTES + " bytes");
                return ApiKey.none();
            }
            return ApiKey.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException | SecurityException e) {
            problems.add(variable + "_FILE: cannot read the file it names (" + e.getClass().getSimpleName() + ")");
            return ApiKey.none();
        }
    }
}
