package io.winnow.mask;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reversible half of masking: which token stands for which original value. It never leaves the process: it is
 * not serialisable, it is not part of any record that crosses the network, and its {@code toString} shows only a
 * count. Irreversible redactions ({@code [REDACTED-…]}) are not in it.
 */
public final class MaskMap {
    /** What a token looks like; also used to mask text that only pretends to be one. */
    static final Pattern TOKEN = Pattern.compile("\\[[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\\d+]");

    private final Map<String, String> originalByToken;

    MaskMap(Map<String, String> originalByToken) {
        this.originalByToken = Collections.unmodifiableMap(new LinkedHashMap<>(originalByToken));
    }

    /** A map with no tokens, for alerts in which nothing was masked. */
    public static MaskMap empty() {
        return new MaskMap(Map.of());
    }

    /** The original value a token stands for, if the token is ours. */
    public Optional<String> original(String token) {
        return Optional.ofNullable(originalByToken.get(token));
    }

    /** Replaces every known token in {@code text} with its original value; unknown tokens stay as they are. */
    public String unmask(String text) {
        if (text == null || originalByToken.isEmpty() || text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String original = originalByToken.getOrDefault(m.group(), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(original));
        }
        m.appendTail(out);
        return out.toString();
    }

    public int size() {
        return originalByToken.size();
    }

    @Override
    public String toString() {
        return "MaskMap[" + originalByToken.size() + " tokens]";
    }
}
