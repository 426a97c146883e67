package io.winnow.mask.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Fake secrets of every kind issue 4 lists, each with the command-line or config fragment it usually appears in.
 * The values have the providers' real shapes and are random: none is a real credential.
 */
final class FakeSecrets {
    /**
     * One secret.
     *
     * @param kind    what it is, for the per-kind report
     * @param value   the part that must never appear in masked text
     * @param snippet the fragment of a command line or config that carries it
     * @param users   user names the fragment names, which are personal values
     */
    record Secret(String kind, String value, String snippet, List<String> users) {
        Secret(String kind, String value, String snippet) {
            this(kind, value, snippet, List.of());
        }

        Secret withSuffix(String suffix) {
            return new Secret(kind, value, snippet + suffix, users);
        }
    }

    private static final List<String> PASSWORDS = List.of("Summer2024!", "hunter2", "P@ssw0rd123", "Winter#2025",
            "correcthorse9", "Tr0ub4dor&3", "qwerty!234", "S3cr3tPass", "Zx9#kLm2pQ", "letmein42");
    private final FakeValues v;
    private final List<Function<FakeValues, Secret>> kinds;

    FakeSecrets(FakeValues values) {
        this.v = values;
        this.kinds = List.of(
                f -> env("aws_access_key", "AWS_ACCESS_KEY_ID", "AKIA" + f.upperAlnum(16)),
                f -> pick(f, new Secret("aws_secret_key", s(f.base64(40)), "")),
                f -> url("gcp_api_key", "https://maps.googleapis.com/maps/api/geocode/json?address=x&key=",
                        "AIza" + f.urlSafe(35)),
                f -> env("gcp_client_secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + f.urlSafe(28)),
                f -> azureStorage(f),
                f -> env("azure_client_secret", "AZURE_CLIENT_SECRET",
                        f.alnum(3) + f.between(0, 9) + "Q~" + f.chars("abcdefghijkABCDEFGHIJK0123456789_.~-", 34)),
                f -> url("azure_sas", "https://acmebackup.blob.core.windows.net/db/prod.bak?sv=2022-11-02&sr=b&sp=r"
                        + "&se=2025-12-01T00:00:00Z&sig=", f.base64(43).replace("/", "%2F").replace("+", "%2B") + "%3D"),
                f -> pick(f, new Secret("github_classic", "ghp_" + f.alnum(36), "")),
                f -> env("github_fine_grained", "GH_TOKEN", "github_pat_11" + f.upperAlnum(20) + "_" + f.alnum(59)),
                f -> header("github_app", "Authorization: token ", "ghs_" + f.alnum(36)),
                f -> header("gitlab", "PRIVATE-TOKEN: ", "glpat-" + f.urlSafe(20)),
                f -> env("slack_token", "SLACK_BOT_TOKEN", "xoxb-" + f.between(100000000, 999999999) + "0-"
                        + f.between(100000000, 999999999) + "1234-" + f.alnum(24)),
                f -> url("slack_webhook", "curl -X POST -d '{\"text\":\"deploy done\"}' https://hooks.slack.com/",
                        "services/T" + f.upperAlnum(8) + "/B" + f.upperAlnum(10) + "/" + f.alnum(24)),
                f -> env("discord_token", "DISCORD_BOT_TOKEN", "M" + f.urlSafe(25) + "." + f.urlSafe(6) + "."
                        + f.urlSafe(38)),
                f -> url("discord_webhook", "curl -H 'Content-Type: application/json' https://discord.com/api/webhooks/",
                        f.between(100000000, 999999999) + "123456789/" + f.urlSafe(68)),
                f -> url("telegram_token", "curl -s https://api.telegram.org/bot", f.between(100000000, 999999999)
                        + ":AA" + f.urlSafe(33)).withSuffix("/sendMessage?chat_id=-100123&text=ok"),
                f -> env("stripe", "STRIPE_SECRET_KEY", "sk_live_51" + f.alnum(30)),
                f -> env("twilio", "TWILIO_API_KEY", "SK" + f.hex(32)),
                f -> env("sendgrid", "SENDGRID_API_KEY", "SG." + f.urlSafe(22) + "." + f.urlSafe(43)),
                f -> header("mailgun", "curl -s --user 'api:", "key-" + f.hex(32)).withSuffix("' https://api.mailgun.net/v3/x"),
                f -> header("shopify", "X-Shopify-Access-Token: ", "shpat_" + f.hex(32)),
                f -> header("npm", "npm config set //registry.npmjs.org/:_authToken ", "npm_" + f.alnum(36)),
                f -> header("pypi", "twine upload -u __token__ -p ", "pypi-AgEIcHlwaS5vcmc" + f.urlSafe(60)),
                f -> header("docker_hub", "docker login -u acmeci -p ", "dckr_pat_" + f.urlSafe(27)),
                f -> header("hugging_face", "huggingface-cli login --token ", "hf_" + f.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34)),
                f -> env("openai", "OPENAI_API_KEY", "sk-proj-" + f.urlSafe(48)),
                f -> env("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + f.urlSafe(80) + "-" + f.urlSafe(6) + "AA"),
                f -> env("databricks", "DATABRICKS_TOKEN", "dapi" + f.hex(32)),
                f -> header("vault", "vault login ", "hvs." + f.urlSafe(90)),
                f -> header("grafana", "Authorization: Bearer ", "glsa_" + f.alnum(32) + "_" + f.hex(8)),
                f -> header("jwt", "Authorization: Bearer ", jwt(f)),
                f -> pem(f),
                f -> password(f),
                f -> header("passwd_colon", "bind_passwd: ", f.pick(PASSWORDS) + f.between(1, 99)),
                f -> mysql(f),
                f -> sshpass(f),
                f -> dbUri(f),
                f -> urlCredentials(f),
                f -> basic(f),
                f -> header("bearer", "curl -H \"Authorization: Bearer ", f.alnum(40)).withSuffix("\" https://api.acme.io/v1"),
                f -> header("api_key_assignment", "api_key=", f.alnum(32)),
                f -> header("token_assignment", "--data token=", f.urlSafe(30)),
                f -> header("secret_assignment", "client_secret=", f.urlSafe(40)),
                f -> env("high_entropy", f.pick(List.of("SIGNING_KEY", "APP_ENCRYPTION_KEY", "WEBHOOK_HMAC",
                        "SESSION_SALT", "MASTER_KEY")), f.base64(48)));
    }

    Secret next() {
        return v.pick(kinds).apply(v);
    }

    Secret of(int index) {
        return kinds.get(index % kinds.size()).apply(v);
    }

    int kindCount() {
        return kinds.size();
    }

    private static String s(String x) {
        return x;
    }

    private static Secret env(String kind, String name, String value) {
        return new Secret(kind, value, name + "=" + value);
    }

    private static Secret url(String kind, String before, String value) {
        return new Secret(kind, value, before + value);
    }

    private static Secret header(String kind, String before, String value) {
        return new Secret(kind, value, before + value);
    }

    private static Secret pick(FakeValues f, Secret s) {
        String value = s.value();
        return switch (s.kind()) {
            case "aws_secret_key" -> f.chance(50) ? new Secret(s.kind(), value, "AWS_SECRET_ACCESS_KEY=" + value)
                    : new Secret(s.kind(), value, "aws configure set aws_secret_access_key " + value);
            default -> f.chance(50) ? new Secret(s.kind(), value, "GITHUB_TOKEN=" + value)
                    : new Secret(s.kind(), value, "git clone https://" + value + "@github.com/acme/infra.git");
        };
    }

    private static Secret azureStorage(FakeValues f) {
        String key = f.base64(86) + "==";
        return new Secret("azure_storage_key", key, "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;"
                + "AccountName=acmebackup;AccountKey=" + key + ";EndpointSuffix=core.windows.net\"");
    }

    private static String jwt(FakeValues f) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(("{\"sub\":\"" + f.hex(8) + "\",\"exp\":" + f.between(1700000000, 1800000000)
                + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + "." + f.urlSafe(43);
    }

    private static Secret pem(FakeValues f) {
        String body = f.base64(64);
        String block = "-----BEGIN RSA PRIVATE KEY-----\\n" + body + "\\n" + f.base64(64) + "\\n-----END RSA PRIVATE KEY-----";
        return new Secret("pem_private_key", body, "echo \"" + block + "\" > /tmp/.k");
    }

    private static Secret password(FakeValues f) {
        String pw = f.pick(PASSWORDS) + f.between(1, 99);
        String form = f.pick(List.of("--password=", "password=", "PGPASSWORD=", "MYSQL_PWD=", "DB_PASSWORD="));
        return new Secret("password_assignment", pw, form + pw);
    }

    private static Secret mysql(FakeValues f) {
        String pw = f.pick(PASSWORDS) + f.between(1, 99);
        String user = f.user();
        return new Secret("mysql_dash_p", pw, "mysql -h 10.2.3.4 -u " + user + " -p" + pw + " shop", List.of(user));
    }

    private static Secret sshpass(FakeValues f) {
        String pw = f.pick(PASSWORDS) + f.between(1, 99);
        String user = f.user();
        return new Secret("sshpass", pw, "sshpass -p '" + pw + "' ssh -o StrictHostKeyChecking=no " + user + "@"
                + f.internalIp(), List.of(user));
    }

    private static Secret dbUri(FakeValues f) {
        String pw = f.alnum(14);
        String user = f.user();
        String scheme = f.pick(List.of("postgresql://", "mysql://", "mongodb+srv://", "redis://", "amqp://"));
        return new Secret("database_uri", pw, "DATABASE_URL=" + scheme + user + ":" + pw + "@db.prod.example-shop.net:5432/orders",
                List.of(user));
    }

    private static Secret urlCredentials(FakeValues f) {
        String pw = f.pick(PASSWORDS) + f.between(1, 99);
        String user = f.user();
        return new Secret("url_credentials", pw, "wget https://" + user + ":" + pw + "@files.corp.acme-widgets.com/backup.tgz",
                List.of(user));
    }

    private static Secret basic(FakeValues f) {
        String user = f.user();
        String encoded = Base64.getEncoder().encodeToString((user + ":" + f.pick(PASSWORDS))
                .getBytes(StandardCharsets.UTF_8));
        return new Secret("basic_auth", encoded, "curl -H 'Authorization: Basic " + encoded + "' https://10.0.0.8/api");
    }
}
