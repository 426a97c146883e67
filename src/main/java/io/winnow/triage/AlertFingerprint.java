package io.winnow.triage;

import io.winnow.mask.MaskedAlert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two alerts "the same alert again": the rule plus the alert's text with the values that change from
 * one occurrence to the next replaced by their kind: timestamps, PIDs, ports, IP addresses, and IDs (UUIDs, hex
 * strings such as hashes, long numbers). Other numbers stay, since {@code uid=0} and {@code uid=1000} differ.
 * <p>
 * It is computed on the <em>masked</em> text, exactly what an analyst receives ({@link MaskedAlert#text()}), for
 * three reasons. Equal fingerprints then mean the analyst was given the same input up to those kinds, so reusing
 * its finding is sound. The masker has already replaced addresses, e-mails, container IDs and secrets by tokens
 * that keep their kind ({@code [INTERNAL-IP-1]} is not {@code [EXTERNAL-IP-1]}), and secrets never become cache
 * keys. And the cached finding is itself masked: its tokens are resolved against each alert's own mask map.
 *
 * @param value 32 hex digits (128 bits of SHA-256)
 */
public record AlertFingerprint(String value) {
    /** A replacement, tried only when the lower-cased text contains one of its hints (or it has none). */
    private record Rule(Pattern pattern, String replacement, List<String> hints) {
        boolean mayApply(String lowerCase) {
            return hints.isEmpty() || hints.stream().anyMatch(lowerCase::contains);
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b", "<uuid>", "-"),
            rule("\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
                    "<time>", "-"),
            rule("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2}\\b", "<time>",
                    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
            rule("\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\b", "<time>", ":"),
            rule("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b", "<ip>", "."),
            rule("(?i)(?<![\\w:.])(?=[0-9a-f:]*::)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\\w:])", "<ip>", "::"),
            rule("(?i)\\b((?:[\\w.]*[_.])?(?:s|d|l|r|src|dst|source|destination|local|remote|peer)?port)"
                    + "(\"?\\s*[=:]?\\s*)\\d{1,5}\\b", "$1$2<port>", "port"),
            rule("(\\]|<ip>|localhost):\\d{1,5}\\b", "$1:<port>", ":"),
            rule("(?i)\\b(pid|ppid|tid|vpid|process_?id|parent_?pid|session_?id|sid)(\"?\\s*[=:]?\\s*)\\d+",
                    "$1$2<pid>", "pid", "tid", "process", "session", "sid"),
            rule("(\\w)\\[\\d+\\]", "$1[<pid>]", "["),
            rule("(?i)\\b0x[0-9a-f]+\\b", "<hex>", "0x"),
            rule("\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\\b", "<hex>"),
            rule("\\b\\d{6,}(?:\\.\\d+)?\\b", "<id>"));

    private static Rule rule(String regex, String replacement, String... hints) {
        return new Rule(Pattern.compile(regex), replacement, List.of(hints));
    }

    /** The fingerprint of a masked alert: its rule, then its normalised text. */
    public static AlertFingerprint of(MaskedAlert alert) {
        String rule = alert.rule() == null ? "" : alert.rule();
        return new AlertFingerprint(sha256(rule + "\n" + normalise(alert.text())));
    }

    /** The text with every changing value replaced by its kind, such as {@code <pid>} or {@code <time>}. */
    static String normalise(String text) {
        // Hints are looked up once, in the text as given: no replacement creates what a later rule hints at.
        String lowerCase = text.toLowerCase(Locale.ROOT);
        String out = text;
        for (Rule rule : RULES) {
            if (rule.mayApply(lowerCase)) {
                out = rule.pattern().matcher(out).replaceAll(rule.replacement());
            }
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The first 12 digits, enough to tell fingerprints apart in a sentence. */
    public String shortForm() {
        return value.substring(0, 12);
    }
}
