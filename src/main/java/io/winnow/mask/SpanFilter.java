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

    SpanFilter(MaskSettings settings) {
        this.settings = settings;
        this.allow = settings.allow().stream().map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    boolean accepts(String text, int start, int end, MaskKind kind) {
        return switch (kind) {
            case KeepKind keep -> true;
            case SecretKind secret -> settings.masks(MaskCategory.SECRETS);
            case TokenKind token -> acceptsToken(text, start, end, token);
        };
    }

    private boolean acceptsToken(String text, int start, int end, TokenKind kind) {
        if (kind.category() != null && !settings.masks(kind.category())) {
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
