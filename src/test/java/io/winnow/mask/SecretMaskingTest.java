package io.winnow.mask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SecretMaskingTest {
    private static final String JWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjo"
            + "gIngifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private static final String PEM = """
            -----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            QyNTUxOQAAACDxEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEAAAAJg=
            -----END OPENSSH PRIVATE KEY-----""";

    private final RegexMasker masker = new RegexMasker();

    static Stream<Arguments> secrets() {
        return Stream.of(
                arguments("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE",
                        "aws configure set aws_access_key_id [REDACTED-AWS_ACCESS_KEY]"),
                arguments("sts creds ASIAYIPNU4FPHJDVLMD6 issued", "sts creds [REDACTED-AWS_ACCESS_KEY] issued"),
                arguments("env AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY set",
                        "env AWS_SECRET_ACCESS_KEY=[REDACTED-AWS_SECRET_KEY] set"),
                arguments("git clone with ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5Q ok",
                        "git clone with [REDACTED-GITHUB_TOKEN] ok"),
                arguments("GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCD",
                        "GH_TOKEN=[REDACTED-GITHUB_TOKEN]"),
                arguments("curl -H 'PRIVATE-TOKEN: glpat-xY9zA8bC7dE6fG5hI4jK' https://gitlab.example.com",
                        "curl -H 'PRIVATE-TOKEN: [REDACTED-GITLAB_TOKEN]' https://[HOST-1]"),
                arguments("slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx posted",
                        "slack [REDACTED-SLACK_TOKEN] posted"),
                arguments("charge with sk_live_51H8abcdefghijklmnopqrstuvwx failed",
                        "charge with [REDACTED-STRIPE_KEY] failed"),
                arguments("maps key=AIzaSyA-1234567890abcdefghijklmnopqrstu in url",
                        "maps key=[REDACTED-GCP_API_KEY] in url"),
                arguments("OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL012mno345PQR678 python app.py",
                        "OPENAI_API_KEY=[REDACTED-OPENAI_KEY] python app.py"),
                arguments("export ANTHROPIC_API_KEY=sk-ant-api03-abcdefghij0123456789ABCDEFGHIJ_klmn-op",
                        "export ANTHROPIC_API_KEY=[REDACTED-ANTHROPIC_KEY]"),
                arguments("session cookie " + JWT + " reused", "session cookie [REDACTED-JWT] reused"),
                arguments("cat id_ed25519 printed:\n" + PEM + "\nthen exited", "cat id_ed25519 printed:\n"
                        + "[REDACTED-PRIVATE_KEY]\nthen exited"),
                arguments("leaked -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7… (truncated",
                        "leaked [REDACTED-PRIVATE_KEY]"),
                arguments("mysql -u root password=hunter2 -h db", "mysql -u root password=[REDACTED-PASSWORD] -h [HOST-1]"),
                arguments("{\"user\":\"bob\",\"password\":\"p@ss word\\\"x\",\"ok\":1}",
                        "{\"user\":\"[USER-1]\",\"password\":\"[REDACTED-PASSWORD]\",\"ok\":1}"),
                arguments("DB_PASSWORD='s3cr3t pass' ./start", "DB_PASSWORD='[REDACTED-PASSWORD]' ./start"),
                arguments("chpasswd passwd: Tr0ub4dor&3", "chpasswd passwd: [REDACTED-PASSWORD]"),
                arguments("smbclient //fs/share pwd=Summer2025 -U bob",
                        "smbclient //fs/share pwd=[REDACTED-PASSWORD] -U [USER-1]"),
                arguments("GET / Authorization: Basic ZGVwbG95OldpbnRlcjIwMjQh host x",
                        "GET / Authorization: Basic [REDACTED-AUTH_HEADER] host x"),
                arguments("\"authorization\": \"Bearer 0f9e8d7c6b5a4f3e2d1c\"",
                        "\"authorization\": \"Bearer [REDACTED-AUTH_HEADER]\""),
                arguments("curl -H \"X-Auth: Bearer abcdef0123456789\" api",
                        "curl -H \"X-Auth: Bearer [REDACTED-AUTH_HEADER]\" api"),
                arguments("wget https://admin:Pa55w0rd@intranet.example.com/backup.tgz",
                        "wget https://[USER-1]:[REDACTED-URL_CREDENTIALS]@[HOST-1]/backup.tgz"),
                arguments("GET /v1/data?api_key=1a2b3c4d5e&user=bob",
                        "GET /v1/data?api_key=[REDACTED-API_KEY]&user=[USER-1]"),
                arguments("X-Api-Key: 9f8e7d6c5b4a", "X-Api-Key: [REDACTED-API_KEY]"),
                arguments("client_secret=1212&grant_type=client_credentials",
                        "client_secret=[REDACTED-API_KEY]&grant_type=client_credentials"),
                arguments("refresh token: r-8f7e6d5c4b3a", "refresh token: [REDACTED-API_KEY]"),
                arguments("{\\\"password\\\":\\\"hunter2\\\"}", "{\\\"password\\\":\\\"[REDACTED-PASSWORD]\\\"}"));
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void redactsEveryKindOfSecret(String line, String expected) {
        // when
        MaskedText masked = masker.maskText(line);

        // then
        assertThat(masked.text()).isEqualTo(expected);
    }

    @Test
    void redactsTheWholeSecretWhenShapesOverlap() {
        // given: a GitHub token as a password value that runs on past the token's own shape
        String line = "password=ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5Q;tail-of-secret next";

        // when
        String masked = masker.mask(TestAlerts.message(line)).alert().message();

        // then
        assertThat(masked).isEqualTo("password=[REDACTED-GITHUB_TOKEN] next");
    }

    @Test
    void masksTheHostOfACredentialUrlAfterRedactingTheCredentials() {
        // when
        Masking masking = masker.mask(TestAlerts.message("redis://default:pw@10.9.8.7:6379/0"));

        // then
        assertThat(masking.alert().message())
                .isEqualTo("redis://[USER-1]:[REDACTED-URL_CREDENTIALS]@[INTERNAL-IP-1]:6379/0");
        assertThat(masking.map().unmask(masking.alert().message()))
                .isEqualTo("redis://default:[REDACTED-URL_CREDENTIALS]@10.9.8.7:6379/0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jan 12 sshd[1]: Failed password for root from port 22",
            "Accepted password for alice",
            "open /etc/passwd: permission denied",
            "pam_unix(passwd:chauthtok): password changed for alice",
            "sudo: alice : TTY=pts/0 ; PWD=/home/alice ; USER=root",
            "basic authentication failed for user",
            "Bearer token missing in request",
            "disk-usage-abcdefghijklmnopqrstuvwxyz0123 exceeded",
            "pip install sk-learn-compatibility-layer-extras",
            "Elevated Token: Yes",
            "\"elevatedToken\":\"%%1842\"",
            "Authorization header missing",
            "http://10.0.0.1:8080/login?next=/home",
            "Read sensitive file untrusted (proc.name=cat fd.name=/etc/shadow)",
            "AKIA is the prefix of an access key"})
    void leavesLookalikesAlone(String line) {
        // when
        String masked = masker.maskText(line).text();

        // then
        assertThat(masked).doesNotContain("REDACTED");
    }
}
