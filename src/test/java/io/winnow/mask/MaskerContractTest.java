package io.winnow.mask;

import io.winnow.alert.Alert;
import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Masker} must do, whatever it detects. Subclass it for each implementation. */
abstract class MaskerContractTest {

    abstract Masker masker();

    @Test
    void keepsWhatDescribesTheDetection() {
        // given
        Alert alert = TestAlerts.message("Sensitive file opened (user=root file=/etc/shadow)");

        // when
        MaskedAlert masked = masker().mask(alert).alert();

        // then
        assertThat(masked.alertId()).isEqualTo(alert.id());
        assertThat(masked.format()).isEqualTo(alert.format());
        assertThat(masked.source()).isEqualTo(alert.source());
        assertThat(masked.eventTime()).isEqualTo(alert.eventTime());
        assertThat(masked.rule()).isEqualTo(alert.rule());
        assertThat(masked.ruleId()).isEqualTo(alert.ruleId());
        assertThat(masked.level()).isEqualTo(alert.level());
        assertThat(masked.hints()).isEqualTo(alert.hints());
        assertThat(masked.tags()).isEqualTo(alert.tags());
    }

    @Test
    void givesTheSameValueTheSameTokenAcrossTheWholeAlert() {
        // given
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("output_fields.fd.sip", "203.0.113.50");
        fields.put("output_fields.fd.cip", "10.0.3.7");
        Alert alert = TestAlerts.falco("Outbound connection 10.0.3.7:51234->203.0.113.50:443 by curl",
                List.of(new Entity(EntityType.DESTINATION_IP, "203.0.113.50", "fd.sip"),
                        new Entity(EntityType.SOURCE_IP, "10.0.3.7", "fd.cip")),
                fields);

        // when
        MaskedAlert masked = masker().mask(alert).alert();

        // then
        assertThat(masked.message())
                .isEqualTo("Outbound connection [INTERNAL-IP-1]:51234->[EXTERNAL-IP-1]:443 by curl");
        assertThat(masked.entities()).containsExactly(
                new Entity(EntityType.DESTINATION_IP, "[EXTERNAL-IP-1]", "fd.sip"),
                new Entity(EntityType.SOURCE_IP, "[INTERNAL-IP-1]", "fd.cip"));
        assertThat(masked.fields()).containsExactly(
                Map.entry("output_fields.fd.sip", "[EXTERNAL-IP-1]"),
                Map.entry("output_fields.fd.cip", "[INTERNAL-IP-1]"));
    }

    @Test
    void restoresTheExactOriginalFromTheMap() {
        // given
        String message = "ssh login for ops@example.com from 198.51.100.23 and [2001:db8::7]:22 to 10.0.0.5";
        Alert alert = TestAlerts.message(message);

        // when
        Masking masking = masker().mask(alert);

        // then
        assertThat(masking.alert().message()).doesNotContain("198.51.100.23", "ops@example.com", "10.0.0.5");
        assertThat(masking.map().unmask(masking.alert().message())).isEqualTo(message);
        assertThat(masking.map().unmask(masking.alert().host())).isEqualTo(alert.host());
    }

    @Test
    void neverLetsASecretBeRestored() {
        // given
        String key = "AKIAIOSFODNN7EXAMPLE";
        Alert alert = TestAlerts.message("aws configure set aws_access_key_id " + key);

        // when
        Masking masking = masker().mask(alert);

        // then
        assertThat(masking.alert().text()).doesNotContain(key);
        assertThat(masking.map().unmask(masking.alert().message())).doesNotContain(key);
    }

    @Test
    void masksTextThatImitatesATokenSoUnmaskingStaysExact() {
        // given: an attacker writes a token into the alert, hoping it unmasks to something else
        String message = "user [EXTERNAL-IP-1] connected from 192.0.2.10";
        Alert alert = TestAlerts.message(message);

        // when
        Masking masking = masker().mask(alert);

        // then
        assertThat(masking.map().unmask(masking.alert().message())).isEqualTo(message);
    }

    @Test
    void returnsTheTextUnchangedWhenNothingIsSensitive() {
        // given
        String message = "Shell spawned in container (proc.name=bash proc.pname=nginx image=nginx:1.25.3)";

        // when
        Masking masking = masker().mask(TestAlerts.message(message));

        // then
        assertThat(masking.alert().message()).isEqualTo(message);
        assertThat(masking.counts()).containsOnlyKeys("host");
    }
}
