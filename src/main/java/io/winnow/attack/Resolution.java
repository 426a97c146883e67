package io.winnow.attack;

import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog says about a technique ID it was asked about: active, upgraded from a revoked ID, deprecated
 * without a replacement, or unknown. Only {@link Active} and {@link Upgraded} may be kept in an analysis.
 */
public sealed interface Resolution {

    /** The ID as asked for, trimmed and upper-cased (see {@link AttackCatalog#resolve}); empty for null. */
    String requestedId();

    /** The technique to use, present only when the ID is active or was upgraded. */
    default Optional<Technique> resolved() {
        return switch (this) {
            case Active a -> Optional.of(a.technique());
            case Upgraded u -> Optional.of(u.technique());
            case Deprecated d -> Optional.empty();
            case Unknown u -> Optional.empty();
        };
    }

    /** Whether the ID may be used: it is active or has an active replacement. */
    default boolean accepted() {
        return resolved().isPresent();
    }

    /** The ID is an active technique of the catalog. */
    record Active(Technique technique) implements Resolution {
        public Active {
            Objects.requireNonNull(technique, "technique");
        }

        @Override
        public String requestedId() {
            return technique.id();
        }
    }

    /** The ID was revoked; {@code technique} is its active replacement, after following any chain of revocations. */
    record Upgraded(String requestedId, Technique technique) implements Resolution {
        public Upgraded {
            Objects.requireNonNull(requestedId, "requestedId");
            Objects.requireNonNull(technique, "technique");
        }
    }

    /** The ID was retired without a replacement: reject it. */
    record Deprecated(String requestedId) implements Resolution {
        public Deprecated {
            Objects.requireNonNull(requestedId, "requestedId");
        }
    }

    /** The ID is malformed or not in the catalog: reject it. */
    record Unknown(String requestedId) implements Resolution {
        public Unknown {
            Objects.requireNonNull(requestedId, "requestedId");
        }
    }
}
