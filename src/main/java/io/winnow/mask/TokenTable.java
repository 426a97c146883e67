package io.winnow.mask;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one alert. One table serves every part of the alert, so a value gets the same token wherever it
 * appears; numbers count from 1 per kind, in the order values are first seen. Not thread-safe: one per mask call.
 */
final class TokenTable {
    private final Map<TokenKind, Map<String, String>> tokenByValue = new EnumMap<>(TokenKind.class);
    private final Map<String, String> originalByToken = new LinkedHashMap<>();

    /** Replaces each span of {@code text}; {@code spans} are ordered by start and do not overlap. */
    String rewrite(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start());
            out.append(switch (s.kind()) {
                case TokenKind kind -> tokenFor(kind, text.substring(s.start(), s.end()));
                case SecretKind kind -> kind.redaction();
            });
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private String tokenFor(TokenKind kind, String value) {
        Map<String, String> ofKind = tokenByValue.computeIfAbsent(kind, k -> new HashMap<>());
        String token = ofKind.get(value);
        if (token == null) {
            token = "[" + kind.label() + "-" + (ofKind.size() + 1) + "]";
            ofKind.put(value, token);
            originalByToken.put(token, value);
        }
        return token;
    }

    MaskMap toMaskMap() {
        return originalByToken.isEmpty() ? MaskMap.empty() : new MaskMap(originalByToken);
    }
}
