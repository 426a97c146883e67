package io.winnow.mask;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tokens of one {@link MaskScope}: which value has which token, shared by every call in the scope. A scope
 * remembers at most {@value #MAX_TOKENS} values; past that, new values still get fresh, unique tokens for the call
 * that meets them, but later calls will not know them. Thread-safe.
 */
final class ScopeTokens {
    static final int MAX_TOKENS = 100_000;

    private final Map<TokenKind, Map<String, String>> tokenByValue = new EnumMap<>(TokenKind.class);
    private final Map<TokenKind, Integer> last = new EnumMap<>(TokenKind.class);
    private final Map<String, String> originalByToken = new LinkedHashMap<>();
    private final Set<String> reserved = new HashSet<>();

    /** The token for {@code value}, made now if the scope has none; never one of {@code reservedByCall}. */
    synchronized String tokenFor(TokenKind kind, String value, Set<String> reservedByCall) {
        Map<String, String> ofKind = tokenByValue.computeIfAbsent(kind, k -> new HashMap<>());
        String token = ofKind.get(value);
        if (token == null) {
            token = TokenTable.nextToken(kind, last, reserved, reservedByCall);
            if (originalByToken.size() < MAX_TOKENS) {
                ofKind.put(value, token);
                originalByToken.put(token, value);
            }
        }
        return token;
    }

    /**
     * Text of the alert that looks like a token: kept as it is. One this scope gave out means what it meant then;
     * any other is reserved so that the scope never gives it out, and unmasking leaves it as written.
     */
    synchronized void reserve(Collection<String> literals) {
        for (String literal : literals) {
            if (!originalByToken.containsKey(literal) && reserved.size() < MAX_TOKENS) {
                reserved.add(literal);
            }
        }
    }

    synchronized MaskMap snapshot() {
        return originalByToken.isEmpty() ? MaskMap.empty() : new MaskMap(originalByToken);
    }

    synchronized Map<String, String> originals() {
        return new LinkedHashMap<>(originalByToken);
    }

    synchronized int size() {
        return originalByToken.size();
    }
}
