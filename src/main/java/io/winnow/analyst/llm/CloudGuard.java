package io.winnow.analyst.llm;

import java.util.Optional;

/**
 * Refuses to send unmasked alerts to a third party's cloud. A cloud provider (Anthropic, or OpenAI at its own
 * address, see {@link LlmSettings#isCloud()}) may run with masking off only when the operator has said so with
 * {@code llm.allow_unmasked_cloud: true}. Local servers and GGUF files are never refused.
 */
public final class CloudGuard {
    private CloudGuard() {
    }

    /**
     * Checks one model's settings.
     *
     * @param settings           the model
     * @param key                the configuration section it comes from, {@code llm} or {@code llm.fallback}
     * @param maskingEnabled     whether alerts are masked before any analyst sees them
     * @param allowUnmaskedCloud the operator's explicit consent to unmasked cloud use
     * @return the problem, naming the key, or empty when the settings may be used
     */
    public static Optional<String> check(LlmSettings settings, String key, boolean maskingEnabled, boolean allowUnmaskedCloud) {
        if (maskingEnabled || allowUnmaskedCloud || !settings.isCloud()) {
            return Optional.empty();
        }
        return Optional.of(key + ".provider: " + settings.provider().wireName() + " sends alert text to a third-party"
                + " cloud and masking is off; turn masking on, or set llm.allow_unmasked_cloud: true to accept it");
    }

    /** Checks the primary and the fallback of a section; the first problem found, if any. */
    public static Optional<String> check(LlmSection section, boolean maskingEnabled) {
        return check(section.primary(), "llm", maskingEnabled, section.allowUnmaskedCloud())
                .or(() -> section.fallback().flatMap(f ->
                        check(f, "llm.fallback", maskingEnabled, section.allowUnmaskedCloud())));
    }
}
