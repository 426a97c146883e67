package io.winnow.mask;

import java.util.Locale;

/**
 * Secrets, replaced irreversibly by {@code [REDACTED-<name>]}: nothing can restore them, and they are not in the
 * {@link MaskMap}. The name is what an analyst sees, so it says what kind of secret was there.
 */
enum SecretKind implements MaskKind {
    PRIVATE_KEY, AWS_ACCESS_KEY, AWS_SECRET_KEY, GCP_API_KEY, GCP_CLIENT_SECRET, AZURE_STORAGE_KEY,
    AZURE_CLIENT_SECRET, AZURE_SAS, GITHUB_TOKEN, GITLAB_TOKEN, SLACK_TOKEN, SLACK_WEBHOOK, DISCORD_TOKEN,
    DISCORD_WEBHOOK, TELEGRAM_TOKEN, STRIPE_KEY, TWILIO_KEY, SENDGRID_KEY, MAILGUN_KEY, SHOPIFY_TOKEN, NPM_TOKEN,
    PYPI_TOKEN, DOCKER_HUB_TOKEN, HUGGING_FACE_TOKEN, OPENAI_KEY, ANTHROPIC_KEY, DATABRICKS_TOKEN, VAULT_TOKEN,
    GRAFANA_TOKEN, JWT, URL_CREDENTIALS, AUTH_HEADER, PASSWORD, API_KEY,
    /** A random-looking value in a place that holds secrets ({@code SIGNING_KEY=…}), of no known shape. */
    SECRET;

    String redaction() {
        return "[REDACTED-" + name() + "]";
    }

    String countName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
