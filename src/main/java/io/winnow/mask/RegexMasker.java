package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.alert.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first masker: pattern and scanner detectors over the alert's host, program, message, entity values and field
 * values. IP addresses (internal or external), emails and container IDs become numbered tokens that the
 * {@link MaskMap} can restore; secrets (cloud and SaaS keys, tokens, JWTs, private keys, passwords, credentials in
 * headers and URLs) become {@code [REDACTED-<KIND>]} and cannot be restored. The rule, rule ID, level, hints and
 * tags describe the detection, not the victim, and are kept as given.
 *
 * <p>Thread-safe: detectors are stateless, and each call keeps its own token table.
 */
public final class RegexMasker implements Masker {
    private final List<Detector> detectors;

    /** A masker with every standard detector. */
    public RegexMasker() {
        this(StandardDetectors.all());
    }

    /** A masker with the given detectors, highest priority first. */
    RegexMasker(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    @Override
    public Masking mask(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        List<Segment> segments = segmentsOf(alert);
        List<List<Span>> found = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            found.add(detect(segment, detectors, 0));
        }
        propagate(segments, found);
        TokenTable tokens = new TokenTable();
        List<String> masked = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            masked.add(text == null ? null : tokens.rewrite(text, SpanResolver.resolve(found.get(i))));
        }
        return new Masking(assemble(alert, masked), tokens.toMaskMap());
    }

    /**
     * Host, program, message, then each entity's value and each field's value, in the alert's order: the order in
     * which tokens are numbered. Host and program are always present, as null text when the alert has none.
     */
    private static List<Segment> segmentsOf(Alert alert) {
        List<Segment> segments = new ArrayList<>(3 + alert.entities().size() + alert.fields().size());
        segments.add(new Segment(alert.host(), "host", null));
        segments.add(new Segment(alert.program(), "program", null));
        segments.add(new Segment(alert.message(), null, null));
        for (Entity e : alert.entities()) {
            segments.add(new Segment(e.value(), e.field(), e.type()));
        }
        alert.fields().forEach((name, value) -> segments.add(new Segment(value, name, null)));
        return segments;
    }

    private static List<Span> detect(Segment segment, List<Detector> detectors, int firstRank) {
        List<Span> spans = new ArrayList<>();
        if (segment.text() == null || segment.text().isEmpty()) {
            return spans;
        }
        for (int d = 0; d < detectors.size(); d++) {
            int rank = firstRank + d;
            detectors.get(d).detect(segment, (start, end, kind) -> {
                if (end > start) {
                    spans.add(new Span(start, end, kind, rank));
                }
            });
        }
        return spans;
    }

    /** Values found only from context are masked wherever else they occur in the alert, after everything else. */
    private void propagate(List<Segment> segments, List<List<Span>> found) {
        Map<String, TokenKind> known = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            for (Span s : found.get(i)) {
                if (s.kind() instanceof TokenKind kind && kind.propagates()) {
                    known.putIfAbsent(segments.get(i).text().substring(s.start(), s.end()), kind);
                }
            }
        }
        if (known.isEmpty()) {
            return;
        }
        List<Detector> again = List.of(new KnownValuesDetector(known));
        for (int i = 0; i < segments.size(); i++) {
            found.get(i).addAll(detect(segments.get(i), again, detectors.size()));
        }
    }

    private static MaskedAlert assemble(Alert alert, List<String> masked) {
        List<Entity> entities = new ArrayList<>(alert.entities().size());
        int at = 3;
        for (Entity e : alert.entities()) {
            entities.add(new Entity(e.type(), masked.get(at++), e.field()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : alert.fields().keySet()) {
            fields.put(name, masked.get(at++));
        }
        return new MaskedAlert(alert.id(), alert.format(), alert.source(), alert.eventTime(), alert.rule(),
                alert.ruleId(), alert.level(), masked.get(0), masked.get(1), masked.get(2), entities, alert.hints(),
                alert.tags(), fields);
    }

    @Override
    public String toString() {
        return "RegexMasker[" + detectors.size() + " detectors]";
    }
}
