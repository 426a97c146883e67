package io.winnow.analyst.chain;

import io.winnow.alert.Consensus;
import io.winnow.alert.Finding;

import java.util.List;

/** Copies of a {@link Finding} with the fields the chain decides replaced; the record has no withers. */
final class Findings {
    private Findings() {
    }

    /** The finding with the chain's path and the text that left the machine. */
    static Finding routed(Finding f, List<String> path, String sentText) {
        return new Finding(f.summary(), f.attackVector(), f.techniques(), f.severity(), f.verdict(), f.confidence(),
                f.threatCategory(), f.falsePositive(), f.iocs(), f.mitigations(), f.nextSteps(), f.reasoning(),
                f.modelUsed(), path, f.consensus(), sentText);
    }

    /** The finding with the consensus, a confidence and a reasoning decided by the comparison. */
    static Finding reviewed(Finding f, Consensus consensus, double confidence, String reasoning) {
        return new Finding(f.summary(), f.attackVector(), f.techniques(), f.severity(), f.verdict(), confidence,
                f.threatCategory(), f.falsePositive(), f.iocs(), f.mitigations(), f.nextSteps(), reasoning,
                f.modelUsed(), f.modelPath(), consensus, f.sentText());
    }
}
