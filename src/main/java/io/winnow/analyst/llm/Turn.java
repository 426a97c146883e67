package io.winnow.analyst.llm;

import java.util.Objects;

/**
 * One message of a conversation with a model.
 *
 * @param role who speaks
 * @param text what is said, never null
 */
record Turn(Role role, String text) {
    enum Role { SYSTEM, USER, ASSISTANT }

    Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    static Turn system(String text) {
        return new Turn(Role.SYSTEM, text);
    }

    static Turn user(String text) {
        return new Turn(Role.USER, text);
    }

    static Turn assistant(String text) {
        return new Turn(Role.ASSISTANT, text);
    }
}
