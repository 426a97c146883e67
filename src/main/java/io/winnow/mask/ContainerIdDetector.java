package io.winnow.mask;

import io.winnow.alert.EntityType;

import java.util.regex.Pattern;

/**
 * A whole value that is a container ID because of where it sits: a {@link EntityType#CONTAINER_ID} entity or a field
 * named like {@code container.id}, {@code container_id} or {@code containerID}, holding 12 or 64 hex characters,
 * optionally behind a runtime prefix ({@code docker://}). Outside such a context, hex is left alone: it may be a
 * file hash the analyst needs. Container IDs inside free text are found by anchored patterns instead.
 */
final class ContainerIdDetector implements Detector {
    private static final Pattern FIELD = Pattern.compile("(?:^|[._])container[._-]?(?:full[._-]?)?id$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile(
            "\\s*(?:(?:docker|containerd|cri-o)://)?([0-9a-fA-F]{64}|[0-9a-fA-F]{12})\\s*");

    @Override
    public void detect(Segment segment, Sink sink) {
        boolean inContext = segment.entityType() == EntityType.CONTAINER_ID
                || (segment.field() != null && FIELD.matcher(segment.field()).find());
        if (!inContext) {
            return;
        }
        var m = VALUE.matcher(segment.text());
        if (m.matches()) {
            sink.add(m.start(1), m.end(1), TokenKind.CONTAINER);
        }
    }
}
