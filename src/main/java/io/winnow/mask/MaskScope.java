package io.winnow.mask;

import java.util.Objects;

/**
 * A case or chat session within which the same value always gets the same token, across every alert and question
 * masked with it: a follow-up about {@code [EXTERNAL-IP-1]} then means the same address. Obtained from
 * {@link MaskScopes}; thread-safe. Its tokens stay in the process like a {@link MaskMap}.
 */
public final class MaskScope {
    private final String id;
    private final ScopeTokens tokens = new ScopeTokens();

    MaskScope(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The caller's name for the scope, such as a case or session ID. */
    public String id() {
        return id;
    }

    ScopeTokens tokens() {
        return tokens;
    }

    /** The tokens handed out so far, to restore any of them. */
    public MaskMap map() {
        return tokens.snapshot();
    }

    @Override
    public String toString() {
        return "MaskScope[" + tokens.size() + " tokens]";
    }
}
