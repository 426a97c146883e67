package io.winnow.analyst.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.net.http.HttpClient;

/**
 * Builds the LangChain4j chat model for an HTTP provider, asking for the analysis schema in the provider's native
 * structured-output mode: Ollama's {@code format}, OpenAI's strict {@code response_format: json_schema}, and
 * Anthropic's {@code output_config.format}. LangChain4j's own retries are off: {@link LlmAnalyst} retries only what
 * is worth retrying.
 */
final class ChatModels {
    /** Room for the system prompt, a long alert and the answer; Ollama's default window can cut the prompt. */
    static final int OLLAMA_CONTEXT_TOKENS = 8192;
    /** An answer is about a kilobyte of JSON; this leaves room for a verbose one. */
    static final int MAX_ANSWER_TOKENS = 2048;

    private ChatModels() {
    }

    static ChatModel create(LlmSettings settings) {
        return switch (settings.provider()) {
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(http())
                    .baseUrl(settings.effectiveBaseUrl())
                    .modelName(settings.effectiveModel())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .temperature(0.0)
                    .numCtx(OLLAMA_CONTEXT_TOKENS)
                    .numPredict(MAX_ANSWER_TOKENS)
                    .responseFormat(AnalysisSchema.RESPONSE_FORMAT)
                    .build();
            // No temperature and no token limit: OpenAI's reasoning models refuse the one and spend the other thinking.
            case OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(http())
                    .baseUrl(settings.effectiveBaseUrl())
                    .apiKey(settings.apiKey().isEmpty() ? null : settings.apiKey().reveal())
                    .modelName(settings.effectiveModel())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .responseFormat(AnalysisSchema.RESPONSE_FORMAT)
                    .strictJsonSchema(true)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(http())
                    .baseUrl(settings.effectiveBaseUrl())
                    .apiKey(settings.apiKey().reveal())
                    .modelName(settings.effectiveModel())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .temperature(0.0)
                    .maxTokens(MAX_ANSWER_TOKENS)
                    .responseFormat(AnalysisSchema.RESPONSE_FORMAT)
                    .build();
            case BUILTIN, GGUF -> throw new IllegalArgumentException(settings.provider().wireName() + " has no HTTP API");
        };
    }

    /** HTTP/1.1: model servers speak it, and the JDK would otherwise try an h2c upgrade on every plain request. */
    private static HttpClientBuilder http() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }
}
