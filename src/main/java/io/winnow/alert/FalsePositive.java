package io.winnow.alert;

import java.util.List;

/**
 * How likely an alert is to be a false positive, and the usual innocent explanations.
 *
 * @param likelihood   probability from 0 (certainly real) to 1 (certainly a false positive)
 * @param commonCauses innocent activity that commonly trips the same rule
 */
public record FalsePositive(double likelihood, List<String> commonCauses) {
    public FalsePositive {
        if (!(likelihood >= 0 && likelihood <= 1)) {
            throw new IllegalArgumentException("likelihood must be within 0..1, was " + likelihood);
        }
        commonCauses = List.copyOf(commonCauses);
    }

    /** The likelihood as a word: {@code low} below 0.34, {@code high} from 0.67, else {@code medium}. */
    public String label() {
        return likelihood < 0.34 ? "low" : likelihood < 0.67 ? "medium" : "high";
    }
}
