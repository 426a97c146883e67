package io.winnow.mask;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value under a secret's key is one, and which kind to name it. Values that say something about a secret
 * without being one stay: Windows' {@code Elevated Token: Yes}, its message codes ({@code %%1842}), flags, empty
 * markers, and for {@code PWD}-like keys a directory.
 */
final class SecretValues {
    private static final Set<String> PLACEHOLDERS = Set.of("yes", "no", "true", "false", "null", "none", "nil",
            "undefined", "n/a", "-", "(null)", "<na>", "***", "*****", "********", "[hidden]", "[redacted]",
            "<redacted>", "redacted", "xxx", "required", "optional", "{}", "[]", "\"\"", "0", "1", "empty");
    private static final Pattern WINDOWS_MESSAGE_CODE = Pattern.compile("%%\\d{1,6}");

    private SecretValues() {
    }

    /** Not empty, not a placeholder or a message code, not already redacted, not text that merely starts with a space. */
    static boolean isSecret(String value) {
        return !value.isEmpty() && !Character.isWhitespace(value.charAt(0)) && !PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT))
                && !WINDOWS_MESSAGE_CODE.matcher(value).matches() && !value.startsWith("[REDACTED-")
                && !value.startsWith("$(") && !value.startsWith("${");
    }

    /** A password under {@code key}; a {@code PWD}-like key holding a directory is the working directory. */
    static boolean isPassword(String value, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        boolean directoryKey = k.endsWith("pwd") || k.endsWith("cwd");
        return isSecret(value) && !(directoryKey && (value.startsWith("/") || value.startsWith("~")
                || (value.length() > 2 && value.charAt(1) == ':' && value.charAt(2) == '\\')));
    }

    /** The redaction's name for a value under {@code key}: an auth header, a private key, an AWS secret, a key. */
    static SecretKind kindForKey(String key) {
        String k = KeyNames.squash(key);
        if (k.endsWith("authorization") || k.endsWith("cookie")) {
            return SecretKind.AUTH_HEADER;
        }
        if (k.endsWith("privatekey")) {
            return SecretKind.PRIVATE_KEY;
        }
        if (k.endsWith("secretaccesskey")) {
            return SecretKind.AWS_SECRET_KEY;
        }
        if (k.equals("accountkey") || k.equals("sharedaccesskey")) {
            return SecretKind.AZURE_STORAGE_KEY;
        }
        if (k.equals("sig")) {
            return SecretKind.AZURE_SAS;
        }
        return SecretKind.API_KEY;
    }
}
