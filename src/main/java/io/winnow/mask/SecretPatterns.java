package io.winnow.mask;

import io.winnow.mask.AnchoredPatternDetector.Before;

import java.util.List;

import static io.winnow.mask.AnchoredPatternDetector.caseless;
import static io.winnow.mask.AnchoredPatternDetector.exact;

/**
 * Secrets recognised by their own shape: the prefixes and lengths that cloud, code-hosting, chat and SaaS providers
 * give their keys. Each is tried only where its literal prefix occurs.
 */
final class SecretPatterns {
    private SecretPatterns() {
    }

    static List<Detector> all() {
        return List.of(
                exact(SecretKind.AWS_ACCESS_KEY, Before.NOT_ALNUM, "(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])",
                        "AKIA", "ASIA", "ABIA", "ACCA"),
                exact(SecretKind.GITHUB_TOKEN, Before.NOT_ALNUM, "gh[pousr]_[A-Za-z0-9]{20,}+",
                        "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                exact(SecretKind.GITHUB_TOKEN, Before.NOT_ALNUM, "github_pat_[A-Za-z0-9_]{20,}+", "github_pat_"),
                exact(SecretKind.GITLAB_TOKEN, Before.NOT_ALNUM,
                        "gl(?:pat|dt|rt|ptt|soat|ft|imt|cbt|agent|oas|ffct)-[A-Za-z0-9_-]{20,}+", "gl"),
                exact(SecretKind.GITLAB_TOKEN, Before.NOT_ALNUM, "GR1348941[A-Za-z0-9_-]{20,}+", "GR1348941"),
                exact(SecretKind.GRAFANA_TOKEN, Before.NOT_ALNUM, "glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", "glsa_"),
                exact(SecretKind.GRAFANA_TOKEN, Before.NOT_ALNUM, "glc_[A-Za-z0-9+/]{32,}+={0,2}", "glc_"),
                exact(SecretKind.GRAFANA_TOKEN, Before.NOT_TOKEN_CHAR, "eyJrIjoi[A-Za-z0-9+/]{30,}+={0,2}", "eyJrIjoi"),
                exact(SecretKind.SLACK_TOKEN, Before.NOT_ALNUM, "xox[abposre]-[A-Za-z0-9-]{10,}+", "xox"),
                exact(SecretKind.SLACK_TOKEN, Before.NOT_ALNUM, "xapp-\\d-[A-Za-z0-9-]{10,}+", "xapp-"),
                exact(SecretKind.SLACK_WEBHOOK, Before.ANYTHING,
                        "hooks\\.slack\\.com/((?:services|workflows|triggers)/[A-Za-z0-9/_+-]{10,}+)",
                        "hooks.slack.com/"),
                exact(SecretKind.DISCORD_WEBHOOK, Before.ANYTHING, "/api/webhooks/(\\d{15,22}/[A-Za-z0-9_-]{30,}+)",
                        "/api/webhooks/"),
                exact(SecretKind.STRIPE_KEY, Before.NOT_ALNUM, "[srp]k_(?:live|test)_[A-Za-z0-9]{10,}+",
                        "sk_live_", "rk_live_", "pk_live_", "sk_test_", "rk_test_", "pk_test_"),
                exact(SecretKind.STRIPE_KEY, Before.NOT_ALNUM, "whsec_[A-Za-z0-9]{20,}+", "whsec_"),
                exact(SecretKind.TWILIO_KEY, Before.NOT_ALNUM, "(?:SK|AC)[0-9a-fA-F]{32}(?![0-9A-Za-z])", "SK", "AC"),
                exact(SecretKind.SENDGRID_KEY, Before.NOT_ALNUM, "SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,64}",
                        "SG."),
                exact(SecretKind.MAILGUN_KEY, Before.NOT_ALNUM, "key-[0-9a-zA-Z]{32}(?![0-9A-Za-z])", "key-"),
                exact(SecretKind.SHOPIFY_TOKEN, Before.NOT_ALNUM, "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}", "shp"),
                exact(SecretKind.NPM_TOKEN, Before.NOT_ALNUM, "npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])", "npm_"),
                exact(SecretKind.PYPI_TOKEN, Before.NOT_ALNUM, "pypi-[A-Za-z0-9_-]{50,}+", "pypi-"),
                exact(SecretKind.DOCKER_HUB_TOKEN, Before.NOT_ALNUM, "dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,}+", "dckr_"),
                exact(SecretKind.HUGGING_FACE_TOKEN, Before.NOT_ALNUM, "(?:hf|api_org)_[A-Za-z0-9]{30,}+",
                        "hf_", "api_org_"),
                exact(SecretKind.DATABRICKS_TOKEN, Before.NOT_ALNUM, "dapi[a-f0-9]{32}(?:-\\d)?", "dapi"),
                exact(SecretKind.VAULT_TOKEN, Before.NOT_ALNUM, "hv[sbr]\\.[A-Za-z0-9_-]{24,}+", "hvs.", "hvb.",
                        "hvr."),
                exact(SecretKind.GCP_API_KEY, Before.NOT_TOKEN_CHAR, "AIza[0-9A-Za-z_-]{35}", "AIza"),
                exact(SecretKind.GCP_CLIENT_SECRET, Before.NOT_TOKEN_CHAR, "GOCSPX-[A-Za-z0-9_-]{20,}+", "GOCSPX-"),
                exact(SecretKind.ANTHROPIC_KEY, Before.NOT_TOKEN_CHAR, "sk-ant-[A-Za-z0-9_-]{20,}+", "sk-ant-"),
                exact(SecretKind.OPENAI_KEY, Before.NOT_TOKEN_CHAR, "sk-[A-Za-z0-9_-]{20,}+", "sk-")
                        .accepting(SecretPatterns::hasDigit),
                exact(SecretKind.JWT, Before.NOT_TOKEN_CHAR,
                        "eyJ[A-Za-z0-9_-]{5,}+\\.eyJ[A-Za-z0-9_-]{2,}+\\.[A-Za-z0-9_-]*+", "eyJ"),
                caseless(SecretKind.AZURE_STORAGE_KEY, Before.NOT_ALNUM,
                        "(?:account|sharedaccess)key=([a-z0-9+/]{40,}+={0,2})", "accountkey=", "sharedaccesskey="),
                caseless(SecretKind.AZURE_SAS, Before.NOT_ALNUM, "sig=([a-z0-9%+/=]{20,}+)", "sig="),
                new ShapedSecretDetector());
    }

    static boolean hasDigit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Chars.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
