/**
 * The analyst chain: model analysts tried in order (primary, then fallbacks), the built-in analyst always last.
 * <p>
 * {@link io.winnow.analyst.chain.AnalystChain} is itself an {@link io.winnow.analyst.Analyst}: the pipeline does
 * not know whether it talks to one analyst or a chain. Around each model link the chain enforces a timeout (the
 * call runs on a virtual thread), a circuit breaker (a provider that is down costs no time until it answers again)
 * and one shared limit on concurrent model calls. Beside every model answer it computes the built-in analyst's
 * opinion: agreement raises confidence, disagreement is recorded in {@link io.winnow.alert.Consensus}, and a model
 * that calls an alert harmless against strong built-in evidence of an attack (the mark of a prompt injection) is
 * never allowed to resolve it.
 */
package io.winnow.analyst.chain;
