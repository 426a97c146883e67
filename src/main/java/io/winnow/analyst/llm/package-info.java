/**
 * Analysts that ask a language model: Ollama, OpenAI and any server speaking its API, Anthropic (all through
 * LangChain4j's clients), and a GGUF model file run in the process by llama.cpp.
 *
 * <p>One {@link io.winnow.analyst.llm.LlmAnalyst} drives every provider through a small client seam. It sends only
 * a {@link io.winnow.mask.MaskedAlert}'s text, fenced between markers the alert cannot forge, under a system prompt
 * that calls it untrusted data; asks for one JSON Schema in each provider's structured-output mode (a grammar for
 * GGUF); reads the answer tolerantly, repairs it once, validates it strictly and returns an ungrounded
 * {@link io.winnow.alert.Finding}. Failures are {@link io.winnow.analyst.AnalystException}s with a reason, and their
 * messages carry neither alert text nor keys.
 *
 * <p>{@link io.winnow.analyst.llm.LlmAnalysts} builds the analysts of the {@code llm} configuration section
 * ({@link io.winnow.analyst.llm.LlmSection}); {@link io.winnow.analyst.llm.CloudGuard} keeps unmasked alerts away
 * from cloud providers; {@link io.winnow.analyst.llm.OllamaProbe} finds a local Ollama server.
 */
package io.winnow.analyst.llm;
