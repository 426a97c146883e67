package io.winnow.mask;

import io.winnow.mask.AnchoredPatternDetector.Before;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.winnow.mask.AnchoredPatternDetector.caseless;
import static io.winnow.mask.AnchoredPatternDetector.exact;

/**
 * The masker's detectors, in priority order: secrets first (specific shapes before generic assignments, so the
 * redaction says what it was), then tokens. Add a detector here to teach the masker a new kind of value.
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
    private static final Set<String> PLACEHOLDERS = Set.of("yes", "no", "true", "false", "null", "none", "nil",
            "undefined", "n/a", "-", "(null)");
    private static final Pattern WINDOWS_MESSAGE_CODE = Pattern.compile("%%\\d{1,6}");
    private static final String CONTAINER_ID = "([0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-z_])";

    private StandardDetectors() {
    }

    /** Every detector, highest priority first. */
    static List<Detector> all() {
        return List.of(
                new PrivateKeyDetector(),
                exact(SecretKind.AWS_ACCESS_KEY, Before.NOT_ALNUM, "(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])",
                        "AKIA", "ASIA", "ABIA", "ACCA"),
                exact(SecretKind.GITHUB_TOKEN, Before.NOT_ALNUM, "gh[pousr]_[A-Za-z0-9]{20,}+",
                        "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                exact(SecretKind.GITHUB_TOKEN, Before.NOT_ALNUM, "github_pat_[A-Za-z0-9_]{20,}+", "github_pat_"),
                exact(SecretKind.GITLAB_TOKEN, Before.NOT_ALNUM, "glpat-[A-Za-z0-9_-]{20,}+", "glpat-"),
                exact(SecretKind.SLACK_TOKEN, Before.NOT_ALNUM, "xox[abprse]-[A-Za-z0-9-]{10,}+", "xox"),
                exact(SecretKind.STRIPE_KEY, Before.NOT_ALNUM, "[sr]k_(?:live|test)_[A-Za-z0-9]{10,}+",
                        "sk_live_", "rk_live_", "sk_test_", "rk_test_"),
                exact(SecretKind.GOOGLE_API_KEY, Before.NOT_TOKEN_CHAR, "AIza[0-9A-Za-z_-]{35}", "AIza"),
                exact(SecretKind.ANTHROPIC_KEY, Before.NOT_TOKEN_CHAR, "sk-ant-[A-Za-z0-9_-]{20,}+", "sk-ant-"),
                exact(SecretKind.OPENAI_KEY, Before.NOT_TOKEN_CHAR, "sk-[A-Za-z0-9_-]{20,}+", "sk-")
                        .accepting(StandardDetectors::hasDigit),
                exact(SecretKind.JWT, Before.NOT_TOKEN_CHAR,
                        "eyJ[A-Za-z0-9_-]{5,}+\\.eyJ[A-Za-z0-9_-]{2,}+\\.[A-Za-z0-9_-]*+", "eyJ"),
                exact(SecretKind.URL_CREDENTIALS, Before.ANYTHING, "://([^\\s/?#@\"'<>:]++:[^\\s/?#\"'<>]*)@", "://"),
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "authorization" + ASSIGN
                        + "(?:\\\\?[\"'])?(?:[a-z][a-z0-9-]{0,30}[ \\t]{1,10})?([^\\s\"'\\\\]++)", "authorization"),
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "bearer[ \\t]{1,10}([a-z0-9._~+/=-]{8,}+)", "bearer")
                        .accepting(v -> hasDigit(v) || v.length() >= 32),
                caseless(SecretKind.AUTH_HEADER, Before.NOT_ALNUM, "basic[ \\t]{1,10}([a-z0-9+/]{4,}+={0,2})", "basic")
                        .accepting(StandardDetectors::isBasicCredentials),
                caseless(SecretKind.AWS_SECRET_KEY, Before.ANYTHING, "secret[_-]?access[_-]?key" + ASSIGN
                        + "(?:\\\\?[\"'])?([a-z0-9/+=]{40})(?![a-z0-9/+=])", "secret"),
                caseless(SecretKind.PASSWORD, Before.NOT_PATH_OR_CALL,
                        "(?:password|passwd|passphrase)" + KEY_SUFFIX + ASSIGN + VALUE,
                        "password", "passwd", "passphrase")
                        .accepting(StandardDetectors::isNotPlaceholder),
                // PWD=/home/alice is the working directory in sudo and auditd lines, not a password
                caseless(SecretKind.PASSWORD, Before.NOT_PATH_OR_CALL, "pwd" + KEY_SUFFIX + ASSIGN + VALUE, "pwd")
                        .accepting(v -> !v.startsWith("/") && !v.startsWith("~") && isNotPlaceholder(v)),
                caseless(SecretKind.API_KEY, Before.NOT_PATH_OR_CALL,
                        "(?:api[_.-]?key|access[_.-]?key|auth[_.-]?key|secret|token)" + KEY_SUFFIX + ASSIGN + VALUE,
                        "apikey", "api_key", "api-key", "api.key", "accesskey", "access_key", "access-key",
                        "access.key", "authkey", "auth_key", "auth-key", "secret", "token")
                        .accepting(StandardDetectors::isNotPlaceholder),
                new SecretFieldDetector(),

                exact(TokenKind.LITERAL, Before.ANYTHING, MaskMap.TOKEN.pattern(), "["),
                new Ipv6Detector(),
                new Ipv4Detector(),
                new EmailDetector(),
                new ContainerIdDetector(),
                caseless(TokenKind.CONTAINER, Before.NOT_ALNUM, "container(?:[._-]?(?:full[._-]?)?id)?" + ASSIGN
                        + "(?:\\\\?[\"'])?(?:(?:docker|containerd|cri-o)://)?" + CONTAINER_ID, "container"),
                caseless(TokenKind.CONTAINER, Before.NOT_ALNUM, "(?:docker|containerd|cri-o)://" + CONTAINER_ID,
                        "docker://", "containerd://", "cri-o://"));
    }

    /**
     * Values that say something about a secret without being one: Windows' {@code Elevated Token: Yes}, its message
     * codes ({@code %%1842}), flags and empty markers. Redacting them would only blind the analyst.
     */
    private static boolean isNotPlaceholder(String value) {
        return !PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT)) && !WINDOWS_MESSAGE_CODE.matcher(value).matches();
    }

    private static boolean hasDigit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Chars.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
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
