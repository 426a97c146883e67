package io.winnow.mask;

import java.util.Map;

/**
 * A field whose name says it holds a secret ({@code data.password}, {@code headers.Authorization},
 * {@code client_secret}) is redacted whole, whatever its value looks like. Only the last part of the name counts,
 * compared without case, dots, dashes or underscores, and only exact names: {@code TokenElevationType} is not a
 * token.
 */
final class SecretFieldDetector implements Detector {
    private static final Map<String, SecretKind> KIND_BY_NAME = Map.ofEntries(
            Map.entry("password", SecretKind.PASSWORD),
            Map.entry("passwd", SecretKind.PASSWORD),
            Map.entry("passphrase", SecretKind.PASSWORD),
            Map.entry("userpassword", SecretKind.PASSWORD),
            Map.entry("authorization", SecretKind.AUTH_HEADER),
            Map.entry("proxyauthorization", SecretKind.AUTH_HEADER),
            Map.entry("cookie", SecretKind.AUTH_HEADER),
            Map.entry("setcookie", SecretKind.AUTH_HEADER),
            Map.entry("privatekey", SecretKind.PRIVATE_KEY),
            Map.entry("awssecretaccesskey", SecretKind.AWS_SECRET_KEY),
            Map.entry("secretaccesskey", SecretKind.AWS_SECRET_KEY),
            Map.entry("secret", SecretKind.API_KEY),
            Map.entry("secretkey", SecretKind.API_KEY),
            Map.entry("clientsecret", SecretKind.API_KEY),
            Map.entry("apikey", SecretKind.API_KEY),
            Map.entry("xapikey", SecretKind.API_KEY),
            Map.entry("accesskey", SecretKind.API_KEY),
            Map.entry("token", SecretKind.API_KEY),
            Map.entry("accesstoken", SecretKind.API_KEY),
            Map.entry("refreshtoken", SecretKind.API_KEY),
            Map.entry("idtoken", SecretKind.API_KEY),
            Map.entry("authtoken", SecretKind.API_KEY),
            Map.entry("sessiontoken", SecretKind.API_KEY),
            Map.entry("bearertoken", SecretKind.API_KEY));

    private static final int MAX_CACHED_FIELDS = 8_192;
    /** No secret here: field names repeat, so each is squashed once. Bounded. */
    private static final Object NONE = new Object();

    private final Map<String, Object> byField = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void detect(Segment segment, Sink sink) {
        String field = segment.field();
        if (field == null || segment.text().isEmpty()) {
            return;
        }
        Object kind = byField.get(field);
        if (kind == null) {
            SecretKind found = KIND_BY_NAME.get(lastPartSquashed(field));
            kind = found == null ? NONE : found;
            if (byField.size() < MAX_CACHED_FIELDS) {
                byField.put(field, kind);
            }
        }
        if (kind instanceof SecretKind secret) {
            sink.add(0, segment.text().length(), secret);
        }
    }

    private static String lastPartSquashed(String field) {
        StringBuilder name = new StringBuilder(field.length());
        for (int i = field.length() - 1; i >= 0; i--) {
            char c = field.charAt(i);
            if (c == '.' || c == '/' || c == '[' || c == ']') {
                if (!name.isEmpty()) {
                    break;
                }
            } else if (Character.isLetterOrDigit(c)) {
                name.append(Character.toLowerCase(c));
            }
        }
        return name.reverse().toString();
    }
}
