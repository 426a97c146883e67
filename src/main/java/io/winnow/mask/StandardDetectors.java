package io.winnow.mask;

import io.winnow.mask.AnchoredPatternDetector.Before;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.winnow.mask.AnchoredPatternDetector.caseless;
import static io.winnow.mask.AnchoredPatternDetector.exact;

/**
 * The masker's detectors for a {@link MaskSettings}, in priority order: our own tokens first (kept as they are),
 * then secrets (specific shapes before generic assignments, so the redaction says what it was), then tokens
 * (deny terms, addresses, emails, containers, then user and host names). Add a detector here to teach the masker a
 * new kind of value.
 */
final class StandardDetectors {
    /** {@code "key": "v"}, {@code key = v}, {@code \"key\":\"v\"}: an optional closing quote, then {@code :} or =. */
    private static final String ASSIGN = "(?:\\\\?[\"'])?[ \\t]{0,10}[:=][ \\t]{0,10}";
    /** What may follow a secret's key word and still be its name: {@code secret_key}, {@code password_hash}. */
    private static final String KEY_SUFFIX = "(?:[_.-]?(?:key|value|string|hash|b64|base64|enc))?";
    /**
     * An assigned value: escaped-quoted, quoted (escapes allowed; the closing quote may be cut off), single-quoted,
     * or bare up to whitespace, a quote, a backslash (in JSON-escaped text, {@code \t} ends a value) or an
     * {@code &} that starts the next query parameter ({@code &user=}); any other {@code &} is part of the secret.
     * Possessive, so a failed match never backtracks.
     */
    private static final String VALUE = "(?:\\\\\"([^\"\\\\\\r\\n]++)|\"((?:[^\"\\\\\\r\\n]|\\\\.)++)\"?"
            + "|'([^'\\r\\n]++)'?|((?:[^\\s\"'&\\\\]|&(?![\\w.-]{1,40}=))++))";
    private static final String CONTAINER_ID = "([0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-z_])";

    private StandardDetectors() {
    }

    /** Every detector at the standard level with every kind on. */
    static List<Detector> all() {
        return forSettings(MaskSettings.defaults());
    }

    /** The detectors that {@code settings} asks for, highest priority first. */
    static List<Detector> forSettings(MaskSettings settings) {
        boolean names = settings.level().atLeast(MaskLevel.STANDARD);
        boolean strict = settings.level() == MaskLevel.STRICT;
        List<Detector> d = new ArrayList<>();
        d.add(new KeepTokenDetector());
        d.add(new PrivateKeyDetector());
        d.addAll(SecretPatterns.all());
        d.add(new UrlUserInfoDetector(names));
        d.addAll(assignments());
        d.add(new SecretFieldDetector());
        d.add(new CommandLineDetector(names));
        d.add(new KeyValueDetector(names));
        if (strict) {
            d.add(new RandomStringDetector());
        }
        if (!settings.deny().isEmpty()) {
            d.add(new DenyTermsDetector(settings.deny()));
        }
        d.add(new Ipv6Detector());
        d.add(new Ipv4Detector());
        d.add(new MacDetector(names));
        d.add(new EmailDetector());
        d.add(new FieldContextDetector(names));
        d.addAll(containers());
        if (names) {
            d.add(new HomePathDetector());
            d.addAll(UserGrammars.standard());
            if (strict) {
                d.addAll(UserGrammars.strict());
            }
            d.add(new UserAtHostDetector());
            d.add(new SyslogHostDetector());
            d.add(new FqdnDetector(strict));
        }
        return List.copyOf(d);
    }

    private static List<Detector> assignments() {
        return List.of(
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "authorization" + ASSIGN
                        + "(?:\\\\?[\"'])?(?:[a-z][a-z0-9-]{0,30}[ \\t]{1,10})?([^\\s\"'\\\\]++)", "authorization"),
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "bearer[ \\t]{1,10}([a-z0-9._~+/=-]{8,}+)", "bearer")
                        .accepting(v -> SecretPatterns.hasDigit(v) || v.length() >= 32),
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "basic[ \\t]{1,10}([a-z0-9+/]{4,}+={0,2})", "basic")
                        .accepting(StandardDetectors::isBasicCredentials),
                caseless(SecretKind.AWS_SECRET_KEY, Before.ANYTHING, "secret[_-]?access[_-]?key"
                        + "(?:\\\\?[\"'])?[ \\t]{0,10}[:= \\t][ \\t]{0,10}"
                        + "(?:\\\\?[\"'])?([a-z0-9/+=]{40})(?![a-z0-9/+=])", "secret"),
                caseless(SecretKind.PASSWORD, Before.NOT_PATH_OR_CALL,
                        "(?:password|passwd|passphrase)" + KEY_SUFFIX + ASSIGN + VALUE,
                        "password", "passwd", "passphrase")
                        .accepting(SecretValues::isSecret),
                // PWD=/home/alice is the working directory in sudo and auditd lines, not a password
                caseless(SecretKind.PASSWORD, Before.NOT_PATH_OR_CALL, "pwd" + KEY_SUFFIX + ASSIGN + VALUE, "pwd")
                        .accepting(v -> !v.startsWith("/") && !v.startsWith("~") && SecretValues.isSecret(v)),
                caseless(SecretKind.API_KEY, Before.NOT_PATH_OR_CALL,
                        "(?:api[_.-]?key|access[_.-]?key|auth[_.-]?key|secret|token)" + KEY_SUFFIX + ASSIGN + VALUE,
                        "apikey", "api_key", "api-key", "api.key", "accesskey", "access_key", "access-key",
                        "access.key", "authkey", "auth_key", "auth-key", "secret", "token")
                        .accepting(SecretValues::isSecret));
    }

    private static List<Detector> containers() {
        return List.of(
                caseless(TokenKind.CONTAINER, Before.NOT_ALNUM, "container(?:[._-]?(?:full[._-]?)?id)?" + ASSIGN
                        + "(?:\\\\?[\"'])?(?:(?:docker|containerd|cri-o)://)?" + CONTAINER_ID, "container"),
                caseless(TokenKind.CONTAINER, Before.NOT_ALNUM, "(?:docker|containerd|cri-o)://" + CONTAINER_ID,
                        "docker://", "containerd://", "cri-o://"),
                new ContainerContextDetector());
    }

    /** {@code Basic} is an English word too; only base64 of printable {@code user:password} counts. */
    private static boolean isBasicCredentials(String value) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        String text = new String(decoded, StandardCharsets.UTF_8);
        return text.indexOf(':') > 0 && text.chars().allMatch(c -> c >= 0x20 && c != 0x7F && c != 0xFFFD);
    }
}
