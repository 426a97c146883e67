package io.winnow.mask;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tokens of one mask call. One table serves every part of the alert, so a value gets the same token wherever it
 * appears; numbers count from 1 per kind, in the order values are first seen, skipping numbers that the text
 * already uses literally. With a scope, the scope hands out the tokens. Also counts what was masked, by kind. Not
 * thread-safe: one per mask call.
 */
final class TokenTable {
    private final ScopeTokens scope;
    private final Set<String> reserved;
    private final Map<TokenKind, Map<String, String>> tokenByValue = new EnumMap<>(TokenKind.class);
    private final Map<TokenKind, Integer> last = new EnumMap<>(TokenKind.class);
    private final Map<String, String> originalByToken = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    /**
     * @param scope    the scope that hands out tokens, or null for tokens of this call only
     * @param reserved tokens written literally in the text, never handed out
     */
    TokenTable(ScopeTokens scope, Set<String> reserved) {
        this.scope = scope;
        this.reserved = Set.copyOf(reserved);
        if (scope != null) {
            scope.reserve(reserved);
        }
    }

    /** Replaces each span of {@code text}; {@code spans} are ordered by start and do not overlap. */
    String rewrite(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start());
            switch (s.kind()) {
                case TokenKind kind -> {
                    out.append(tokenFor(kind, text.substring(s.start(), s.end())));
                    counts.merge(kind.countName(), 1, Integer::sum);
                }
                case SecretKind kind -> {
                    out.append(kind.redaction());
                    counts.merge(kind.countName(), 1, Integer::sum);
                }
                case KeepKind keep -> out.append(text, s.start(), s.end());
            }
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private String tokenFor(TokenKind kind, String value) {
        Map<String, String> ofKind = tokenByValue.computeIfAbsent(kind, k -> new HashMap<>());
        String token = ofKind.get(value);
        if (token == null) {
            token = scope != null ? scope.tokenFor(kind, value, reserved) : nextToken(kind, last, reserved, Set.of());
            ofKind.put(value, token);
            originalByToken.put(token, value);
        }
        return token;
    }

    /** The next free token of {@code kind}: {@code [<label>-<n>]} with n above {@code last}, none of the reserved. */
    static String nextToken(TokenKind kind, Map<TokenKind, Integer> last, Set<String> reserved, Set<String> more) {
        int n = last.getOrDefault(kind, 0);
        String token;
        do {
            n++;
            token = "[" + kind.label() + "-" + n + "]";
        } while (reserved.contains(token) || more.contains(token));
        last.put(kind, n);
        return token;
    }

    /** The map that restores this call's tokens; with a scope, every token of the scope as well. */
    MaskMap toMaskMap() {
        if (scope == null) {
            return originalByToken.isEmpty() ? MaskMap.empty() : new MaskMap(originalByToken);
        }
        Map<String, String> all = scope.originals();
        all.putAll(originalByToken);
        return all.isEmpty() ? MaskMap.empty() : new MaskMap(all);
    }

    /** How many values of each kind were replaced, by count name ({@code internal_ip}, {@code password} …). */
    Map<String, Integer> counts() {
        return counts;
    }
}
