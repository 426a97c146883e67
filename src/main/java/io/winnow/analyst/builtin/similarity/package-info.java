/**
 * Similarity ranking for the built-in analyst: which ATT&CK techniques an alert's text resembles, for alerts that
 * tags, behaviour patterns and rule names do not explain.
 *
 * <ul>
 *   <li>{@link io.winnow.analyst.builtin.similarity.LexicalRanker}: BM25 over technique names and our own keywords
 *       ({@code analyst/similarity/technique-keywords.yaml}); microseconds per text, no dependencies.</li>
 *   <li>{@link io.winnow.analyst.builtin.similarity.EmbeddingRanker}: the in-process MiniLM sentence encoder blended
 *       with the lexical scores; loaded in the background, falls back to lexical ranking when it cannot load.</li>
 *   <li>{@link io.winnow.analyst.builtin.similarity.SimilarityRankers}: the factory for the {@code analyst.similarity}
 *       setting ({@link io.winnow.analyst.builtin.similarity.SimilarityMode}).</li>
 * </ul>
 * Every ranker is deterministic and thread-safe, and never logs or stores alert text.
 */
package io.winnow.analyst.builtin.similarity;
