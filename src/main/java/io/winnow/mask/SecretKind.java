package io.winnow.mask;

/**
 * Secrets, replaced irreversibly by {@code [REDACTED-<name>]}: nothing can restore them, and they are not in the
 * {@link MaskMap}. The name is what an analyst sees, so it says what kind of secret was there.
 */
enum SecretKind implements MaskKind {
    PRIVATE_KEY, AWS_ACCESS_KEY, AWS_SECRET_KEY, GITHUB_TOKEN, GITLAB_TOKEN, SLACK_TOKEN, STRIPE_KEY,
    GOOGLE_API_KEY, ANTHROPIC_KEY, OPENAI_KEY, JWT, URL_CREDENTIALS, AUTH_HEADER, PASSWORD, API_KEY;

    String redaction() {
        return "[REDACTED-" + name() + "]";
    }
}
