package io.winnow.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpLiteralTest {
    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.2.15", "255.255.255.255", "203.0.113.77", "::", "::1", "2001:db8::7",
            "fe80::9851:b780:9d9d:a29e", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:10.0.0.1",
            "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7::", "1::"})
    void acceptsAddressLiterals(String text) {
        assertThat(IpLiteral.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "1..2.3", "a.b.c.d",
            "localhost", "evil.example.com", ":::", "1:::2", "1::2::3", ":1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
            "12345::1", "g::1", "1:2:3:4:5:6:7:8::", "fe80::1%eth0", "[::1]", "::ffff:300.0.0.1",
            "1:2:3:4:5:6:7", "\u0661.2.3.4", "١::1"})
    void rejectsEverythingElseWithoutResolving(String text) {
        assertThat(IpLiteral.isValid(text)).isFalse();
    }
}
