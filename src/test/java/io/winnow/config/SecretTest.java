package io.winnow.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {
    @Test
    void printsHiddenOrEmptyButNeverTheValue() {
        // given
        Secret secret = Secret.of("AKIAIOSFODNN7EXAMPLE");

        // when / then
        assertThat(secret).hasToString("[hidden]");
        assertThat(Secret.of("")).hasToString("[empty]");
        assertThat(Secret.empty().isEmpty()).isTrue();
        assertThat(secret.reveal()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void comparesByValue() {
        // given
        Secret a = Secret.of("same");

        // when / then
        assertThat(a).isEqualTo(Secret.of("same")).hasSameHashCodeAs(Secret.of("same"));
        assertThat(a).isNotEqualTo(Secret.of("other")).isNotEqualTo(Secret.of("sam")).isNotEqualTo("same");
        assertThat(Secret.of("")).isEqualTo(Secret.empty());
    }
}
