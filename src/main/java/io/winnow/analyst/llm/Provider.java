package io.winnow.analyst.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where analyses come from: the built-in analyst, or a model behind one of the supported APIs. The wire name is
 * the value of {@code llm.provider}.
 */
public enum Provider {
    /** No model: the built-in analyst alone. */
    BUILTIN("", ""),
    /** An Ollama server, through its {@code /api/chat}. */
    OLLAMA("http://localhost:11434", "llama3.1"),
    /** OpenAI, or any server speaking its chat-completions API (vLLM, llama.cpp server, LM Studio, LiteLLM). */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini"),
    /** Anthropic's Messages API. */
    ANTHROPIC("https://api.anthropic.com/v1/", "claude-haiku-4-5"),
    /** A GGUF model file run in the process by llama.cpp; no server, no network. */
    GGUF("", "");

    private final String defaultBaseUrl;
    private final String defaultModel;

    Provider(String defaultBaseUrl, String defaultModel) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
    }

    /** The lower-case name used in configuration and in {@code model_used}, for example {@code ollama}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, ignoring case. */
    public static Optional<Provider> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The base URL used when none is configured; empty for providers that have none. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The model used when none is configured; empty where the model must be given (GGUF: its file). */
    public String defaultModel() {
        return defaultModel;
    }
}
