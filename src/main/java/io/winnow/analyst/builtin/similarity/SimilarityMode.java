package io.winnow.analyst.builtin.similarity;

import java.util.Locale;
import java.util.Optional;

/** Which similarity ranker the built-in analyst uses: the values of the {@code analyst.similarity} setting. */
public enum SimilarityMode {
    /** MiniLM blended with the lexical index if the model loads, else the lexical index; logged at info level. */
    AUTO,
    /** As {@link #AUTO}, but a model that fails to load is logged as a warning: the user asked for it. */
    EMBEDDING,
    /** The lexical index only: no model, no native library, nothing loaded in the background. */
    LEXICAL,
    /** No similarity ranking at all. */
    OFF;

    /** The setting's spelling: {@code auto}, {@code embedding}, {@code lexical} or {@code off}. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a setting value names, ignoring case and surrounding blanks. */
    public static Optional<SimilarityMode> fromSetting(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (SimilarityMode mode : values()) {
            if (mode.settingValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
