package io.winnow.mask;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drops what the settings say to keep: kinds switched off, values on the allow-list (tokens only: a secret is
 * redacted even if listed), and system accounts when they are kept.
 */
final class SpanFilter {
    private final MaskSettings settings;
    private final Set<String> allow;
    private final boolean[] masked = new boolean[MaskCategory.values().length];

    SpanFilter(MaskSettings settings) {
        this.settings = settings;
        for (MaskCategory c : MaskCategory.values()) {
            masked[c.ordinal()] = settings.masks(c);
        }
        this.allow = settings.allow().stream().map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    boolean accepts(String text, int start, int end, MaskKind kind) {
        return switch (kind) {
            case KeepKind keep -> true;
            case SecretKind secret -> masked[MaskCategory.SECRETS.ordinal()];
            case TokenKind token -> acceptsToken(text, start, end, token);
        };
    }

    private boolean acceptsToken(String text, int start, int end, TokenKind kind) {
        if (kind.category() != null && !masked[kind.category().ordinal()]) {
            return false;
        }
        if (kind == TokenKind.TERM) {
            return true;
        }
        String value = text.substring(start, end);
        if (!allow.isEmpty() && allow.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return kind != TokenKind.USER || !settings.keepSystemAccounts() || !Accounts.isSystem(value);
    }
}
