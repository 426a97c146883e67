package io.winnow.mask;

import io.winnow.alert.EntityType;

/**
 * A whole value that is a user, host or container because of where it sits: a typed entity ({@link EntityType#USER},
 * {@link EntityType#HOST}, {@link EntityType#CONTAINER_ID}), the alert's host, or a field whose name says so
 * ({@code output_fields.user.name}, {@code data.dstuser}, {@code agent.name}, {@code data.win.system.computer}).
 */
final class FieldContextDetector implements Detector {
    private static final int MAX_CACHED_FIELDS = 8_192;

    private final boolean names;
    /** Alerts of one source repeat their field names: what each says is worked out once. Bounded. */
    private final java.util.Map<String, KeyClass> byField = new java.util.concurrent.ConcurrentHashMap<>();

    FieldContextDetector(boolean names) {
        this.names = names;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        KeyClass kind = classOf(segment);
        switch (kind) {
            case USER -> {
                if (names && !s.regionMatches(true, 0, "system:", 0, 7)) {
                    NameSpans.user(s, 0, s.length(), sink);
                }
            }
            case HOST -> {
                if (names) {
                    NameSpans.host(s, 0, s.length(), sink, false);
                }
            }
            case DOTTED_HOST -> {
                if (names) {
                    NameSpans.host(s, 0, s.length(), sink, true);
                }
            }
            case DOMAIN -> {
                if (names) {
                    NameSpans.domain(s, 0, s.length(), sink);
                }
            }
            case CONTAINER -> ContainerIds.report(s, 0, s.length(), sink);
            case RULE -> sink.add(0, s.length(), KeepKind.KEEP);
            default -> {
            }
        }
    }

    private KeyClass classOf(Segment segment) {
        EntityType type = segment.entityType();
        if (type == EntityType.USER) {
            return KeyClass.USER;
        }
        if (type == EntityType.HOST) {
            return KeyClass.HOST;
        }
        if (type == EntityType.CONTAINER_ID) {
            return KeyClass.CONTAINER;
        }
        if (type != null || segment.field() == null) {
            return KeyClass.NONE;
        }
        if (segment.field().equals("program")) {
            return KeyClass.NONE;
        }
        KeyClass known = byField.get(segment.field());
        if (known != null) {
            return known;
        }
        KeyClass byName = switch (KeyNames.classify(segment.field().replace("[", ".").replace("]", ""))) {
            case USER -> KeyClass.USER;
            case HOST -> KeyClass.HOST;
            case DOTTED_HOST -> KeyClass.DOTTED_HOST;
            case DOMAIN -> KeyClass.DOMAIN;
            case CONTAINER -> KeyClass.CONTAINER;
            case RULE -> KeyClass.RULE;
            default -> KeyClass.NONE;
        };
        if (byField.size() < MAX_CACHED_FIELDS) {
            byField.put(segment.field(), byName);
        }
        return byName;
    }
}
