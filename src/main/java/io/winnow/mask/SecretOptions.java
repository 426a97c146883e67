package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/** Command-line options named for a secret: {@code --password}, {@code --api-token}, {@code -storepass}. */
final class SecretOptions {
    private static final Set<String> EXACT_PASSWORD = Set.of("pass", "pw", "pwd", "passw", "psw", "hashes",
            "ntlm", "storepass", "keypass", "srcstorepass", "deststorepass", "passin", "passout", "password",
            "passwd", "passphrase", "httppassword", "ftppassword", "proxypassword");
    private static final String[] SECRET_WORDS = {"password", "passwd", "passphrase", "secret", "token", "apikey",
        "credential", "authkey", "accesskey", "privatekey", "clientsecret"};
    private static final String[] NOT_SECRET = {"file", "path", "stdin", "env", "type", "ttl", "length", "name",
        "url", "id", "dir", "policy", "expir", "prompt", "hint", "cmd", "command", "helper", "store", "source",
        "header", "format", "mode", "endpoint", "audience", "scope"};

    private SecretOptions() {
    }

    /** The redaction for the value of option {@code option} ({@code --token}), or null when it holds no secret. */
    static SecretKind kindOf(String option) {
        String name = KeyNames.squash(option.toLowerCase(Locale.ROOT));
        if (EXACT_PASSWORD.contains(name)) {
            return SecretKind.PASSWORD;
        }
        for (String word : NOT_SECRET) {
            if (name.contains(word)) {
                return null;
            }
        }
        for (String word : SECRET_WORDS) {
            if (name.contains(word)) {
                return name.contains("pass") ? SecretKind.PASSWORD : SecretKind.API_KEY;
            }
        }
        return null;
    }
}
