package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.alert.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The masker: pattern and scanner detectors over the alert's host, program, message, entity values and field
 * values. IP addresses (internal, external, cloud metadata), MAC addresses, emails, container IDs, user names and
 * host names become numbered tokens that the {@link MaskMap} can restore; secrets (cloud and SaaS keys, tokens,
 * JWTs, private keys, passwords, credentials in headers, URLs and command lines) become {@code [REDACTED-<KIND>]}
 * and cannot be restored. The rule, rule ID, level, hints and tags describe the detection, not the victim, and are
 * kept as given. What is looked for follows {@link MaskSettings}.
 *
 * <p>Thread-safe: detectors are stateless, and each call keeps its own token table (or uses its scope's).
 */
public final class RegexMasker implements Masker {
    private final MaskSettings settings;
    private final List<Detector> detectors;
    private final NeedleIndex needles;
    private final SpanFilter filter;

    /** A masker on the default settings. */
    public RegexMasker() {
        this(MaskSettings.defaults());
    }

    public RegexMasker(MaskSettings settings) {
        this(settings, StandardDetectors.forSettings(settings));
    }

    /** A masker with the given detectors, highest priority first. */
    RegexMasker(List<Detector> detectors) {
        this(MaskSettings.defaults(), detectors);
    }

    private RegexMasker(MaskSettings settings, List<Detector> detectors) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.detectors = List.copyOf(detectors);
        this.needles = new NeedleIndex(this.detectors);
        this.filter = new SpanFilter(settings);
    }

    @Override
    public Masking mask(Alert alert) {
        return mask(alert, (ScopeTokens) null);
    }

    @Override
    public Masking mask(Alert alert, MaskScope scope) {
        return mask(alert, Objects.requireNonNull(scope, "scope").tokens());
    }

    @Override
    public MaskedText maskText(String text) {
        Objects.requireNonNull(text, "text");
        if (!settings.enabled()) {
            return new MaskedText(text, Map.of());
        }
        List<Segment> segments = List.of(new Segment(text, null, null));
        TokenTable tokens = new TokenTable(null, Set.of());
        List<String> masked = run(segments, null, table -> tokens);
        return new MaskedText(masked.getFirst(), tokens.counts());
    }

    private Masking mask(Alert alert, ScopeTokens scope) {
        Objects.requireNonNull(alert, "alert");
        List<Segment> segments = segmentsOf(alert);
        if (!settings.enabled()) {
            List<String> same = segments.stream().map(Segment::text).toList();
            return new Masking(assemble(alert, same), MaskMap.empty());
        }
        TokenTable[] table = new TokenTable[1];
        List<String> masked = run(segments, scope, reserved -> table[0] = new TokenTable(scope, reserved));
        return new Masking(assemble(alert, masked), table[0].toMaskMap(), table[0].counts());
    }

    private interface Tables {
        TokenTable open(Set<String> reservedLiterals);
    }

    /** Detects, propagates, resolves and rewrites every segment; the table is opened once literals are known. */
    private List<String> run(List<Segment> segments, ScopeTokens scope, Tables tables) {
        List<List<Span>> found = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            found.add(detect(segment, detectors, 0));
        }
        propagate(segments, found);
        List<List<Span>> resolved = new ArrayList<>(segments.size());
        Set<String> literals = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            List<Span> spans = SpanResolver.resolve(found.get(i));
            resolved.add(spans);
            for (Span s : spans) {
                if (s.kind() == KeepKind.KEEP) {
                    String text = segments.get(i).text().substring(s.start(), s.end());
                    if (MaskMap.TOKEN.matcher(text).matches()) {
                        literals.add(text);
                    }
                }
            }
        }
        TokenTable tokens = tables.open(literals);
        List<String> masked = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            masked.add(text == null ? null : tokens.rewrite(text, resolved.get(i)));
        }
        return masked;
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

    private List<Span> detect(Segment segment, List<Detector> using, int firstRank) {
        List<Span> spans = new ArrayList<>();
        String text = segment.text();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        Collector collector = new Collector(text, spans, filter);
        for (int d = 0; d < using.size(); d++) {
            Detector detector = using.get(d);
            if (using == detectors && detector instanceof NeedleDetector) {
                continue;
            }
            collector.rank = firstRank + d;
            detector.detect(segment, collector);
        }
        if (using == detectors) {
            needles.scan(segment, collector);
        }
        return spans;
    }

    /** Values found only from context are masked wherever else they occur in the alert, after everything else. */
    private void propagate(List<Segment> segments, List<List<Span>> found) {
        Map<String, TokenKind> known = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            for (Span s : found.get(i)) {
                if (s.kind() instanceof TokenKind kind && kind.propagates()) {
                    KnownValuesDetector.remember(known, segments.get(i).text().substring(s.start(), s.end()), kind);
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

    /** Keeps what the detectors report and the settings accept, as spans of the detector's rank. */
    private static final class Collector implements Detector.Sink, NeedleIndex.RankedSink {
        private final String text;
        private final List<Span> spans;
        private final SpanFilter filter;
        private int rank;

        Collector(String text, List<Span> spans, SpanFilter filter) {
            this.text = text;
            this.spans = spans;
            this.filter = filter;
        }

        @Override
        public void add(int start, int end, MaskKind kind) {
            add(start, end, kind, rank);
        }

        @Override
        public void add(int start, int end, MaskKind kind, int rankOf) {
            if (end > start && start >= 0 && end <= text.length() && filter.accepts(text, start, end, kind)) {
                spans.add(new Span(start, end, kind, rankOf));
            }
        }
    }

    @Override
    public String toString() {
        return "RegexMasker[" + settings.level().configName() + ", " + detectors.size() + " detectors]";
    }
}
