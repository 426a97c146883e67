package io.winnow.mask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressMaskingTest {
    private final RegexMasker masker = new RegexMasker();

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.10",
            "127.0.0.1", "169.254.1.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.251",
            "::1", "fd00::1", "fc00::abcd", "fe80::1", "fe80::9851:b780:9d9d:a29e", "febf::1",
            "::ffff:10.0.0.1", "::ffff:192.168.0.5", "ff02::1:3"})
    void classifiesPrivateAndLocalAddressesAsInternal(String ip) {
        assertThat(mask("peer " + ip + " seen")).isEqualTo("peer [INTERNAL-IP-1] seen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "203.0.113.50", "172.32.0.1", "172.15.255.255", "100.63.255.255",
            "100.128.0.1", "192.169.0.1", "11.0.0.1", "2001:db8::1", "2606:4700:4700::1111",
            "2a03:2880:ff:1c::face:b00c",
            "::ffff:8.8.4.4", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe00::1"})
    void classifiesEverythingElseAsExternal(String ip) {
        assertThat(mask("peer " + ip + " seen")).isEqualTo("peer [EXTERNAL-IP-1] seen");
    }

    @Test
    void numbersEachKindSeparatelyInOrderOfAppearance() {
        assertThat(mask("a 8.8.8.8 b 10.0.0.1 c 1.1.1.1 d 10.0.0.2 e 8.8.8.8 f 10.0.0.1"))
                .isEqualTo("a [EXTERNAL-IP-1] b [INTERNAL-IP-1] c [EXTERNAL-IP-2] d [INTERNAL-IP-2] "
                        + "e [EXTERNAL-IP-1] f [INTERNAL-IP-1]");
    }

    @Test
    void keepsPortsAndBracketsOutsideTheToken() {
        assertThat(mask("1.2.3.4:22 [2001:db8::1]:443 [fe80::1%eth0]:80"))
                .isEqualTo("[EXTERNAL-IP-1]:22 [[EXTERNAL-IP-2]]:443 [[INTERNAL-IP-1]%eth0]:80");
    }

    @Test
    void masksAddressesAtTheEndOfASentence() {
        assertThat(mask("Blocked 203.0.113.9. Retried from fe80::1. Then 2001:db8::2: refused"))
                .isEqualTo("Blocked [EXTERNAL-IP-1]. Retried from [INTERNAL-IP-1]. Then [EXTERNAL-IP-2]: refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "nginx:1.25.3", "version 1.2.3-beta", "256.1.1.1", "1.2.3.256", "1.2.3.4.5",
            "v1.2.3.4", "10.0.26100.2454", "1234.1.1.1", "12:55:40", "2019-02-27 12:55:40.123",
            "std::vector", "a::b", "Foo::Bar::baz", "::", "1:2:3:4:5:6:7:8:9",
            "1::2::3", "12345::1", "key::value", "ts=2017::", "proc.name=sshd", "fd.sip.name=x",
            "CVE-2024-3094", "0x7ffe0c9f12e0"})
    void leavesNonAddressesAlone(String text) {
        assertThat(mask("x " + text + " y")).isEqualTo("x " + text + " y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fd00:ec2::254", "100.100.100.200"})
    void recognisesCloudMetadataAddresses(String ip) {
        assertThat(mask("curl http://" + (ip.contains(":") ? "[" + ip + "]" : ip) + "/latest/meta-data/"))
                .contains("[METADATA-IP-1]").doesNotContain(ip);
    }

    @Test
    void acceptsEveryIpv6Spelling() {
        assertThat(mask("1:2:3:4:5:6:7:8 1::8 1:2:3:4:5:6:7:: ::2:3:4:5:6:7:8 ::ffff:0a00:0001 64:ff9b::192.0.2.33"))
                .isEqualTo("[EXTERNAL-IP-1] [EXTERNAL-IP-2] [EXTERNAL-IP-3] [EXTERNAL-IP-4] [INTERNAL-IP-1] "
                        + "[EXTERNAL-IP-5]");
    }

    private String mask(String message) {
        return masker.maskText(message).text();
    }
}
