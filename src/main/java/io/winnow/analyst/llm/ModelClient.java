package io.winnow.analyst.llm;

import io.winnow.analyst.AnalystException;

import java.util.List;

/**
 * One provider's way of asking a model for an answer in the analysis schema's shape: a LangChain4j chat model over
 * HTTP, or a GGUF model in the process. Implementations are thread-safe and turn every failure into an
 * {@link AnalystException} whose message carries neither alert text nor credentials.
 */
interface ModelClient extends AutoCloseable {
    /**
     * Sends the conversation and returns the model's text answer.
     *
     * @throws AnalystException with the reason the call failed
     */
    String answer(List<Turn> conversation);

    /** Releases what the client holds; the default holds nothing. */
    @Override
    default void close() {
    }
}
