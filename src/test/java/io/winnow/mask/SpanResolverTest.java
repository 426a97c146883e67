package io.winnow.mask;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanResolverTest {

    @Test
    void mergesOverlappingSecretsUnderTheHigherRankedKind() {
        // given
        List<Span> found = List.of(
                new Span(10, 30, SecretKind.PASSWORD, 5),
                new Span(10, 20, SecretKind.GITHUB_TOKEN, 1),
                new Span(25, 40, SecretKind.API_KEY, 7));

        // when
        List<Span> kept = SpanResolver.resolve(found);

        // then
        assertThat(kept).containsExactly(new Span(10, 40, SecretKind.GITHUB_TOKEN, 1));
    }

    @Test
    void dropsTokensThatOverlapASecretOrAnEarlierToken() {
        // given
        List<Span> found = List.of(
                new Span(0, 8, TokenKind.EMAIL, 9),
                new Span(5, 12, SecretKind.URL_CREDENTIALS, 3),
                new Span(13, 20, TokenKind.INTERNAL_IP, 6),
                new Span(15, 18, TokenKind.CONTAINER, 8),
                new Span(20, 24, TokenKind.EXTERNAL_IP, 6));

        // when
        List<Span> kept = SpanResolver.resolve(found);

        // then
        assertThat(kept).containsExactly(
                new Span(5, 12, SecretKind.URL_CREDENTIALS, 3),
                new Span(13, 20, TokenKind.INTERNAL_IP, 6),
                new Span(20, 24, TokenKind.EXTERNAL_IP, 6));
    }

    @Test
    void prefersTheLongerTokenFromTheSameDetector() {
        // given
        List<Span> found = List.of(new Span(0, 6, TokenKind.CONTAINER, 2), new Span(0, 10, TokenKind.CONTAINER, 2));

        // then
        assertThat(SpanResolver.resolve(found)).containsExactly(new Span(0, 10, TokenKind.CONTAINER, 2));
    }
}
