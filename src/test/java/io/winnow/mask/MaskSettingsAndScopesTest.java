package io.winnow.mask;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the mask.* settings change, and how scopes keep tokens across calls. */
class MaskSettingsAndScopesTest {
    private static final String LINE = "Nov 18 04:09:02 bastion sshd[1]: Failed password for jsmith from 203.0.113.45 "
            + "port 22 ssh2; root and alice@example.org at 00:11:22:33:44:55 with token=ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5Q";

    private static MaskSettings settings(MaskLevel level, Set<MaskCategory> on, boolean keepSystem, List<String> allow,
                                         List<String> deny) {
        return new MaskSettings(true, level, on, keepSystem, allow, deny);
    }

    @Test
    void minimalLevelMasksShapesButNoNames() {
        // when
        String masked = new RegexMasker(settings(MaskLevel.MINIMAL, EnumSet.allOf(MaskCategory.class), true, List.of(),
                List.of())).maskText(LINE).text();

        // then
        assertThat(masked).contains("bastion", "jsmith", "[EXTERNAL-IP-1]", "[EMAIL-1]", "[MAC-1]",
                "[REDACTED-GITHUB_TOKEN]");
    }

    @Test
    void eachSwitchTurnsItsKindOff() {
        // given
        Set<MaskCategory> on = EnumSet.allOf(MaskCategory.class);
        on.removeAll(Set.of(MaskCategory.USERS, MaskCategory.IPS, MaskCategory.MACS));

        // when
        String masked = new RegexMasker(settings(MaskLevel.STANDARD, on, true, List.of(), List.of())).maskText(LINE).text();

        // then
        assertThat(masked).contains("jsmith", "203.0.113.45", "00:11:22:33:44:55", "[HOST-1]", "[EMAIL-1]",
                "[REDACTED-GITHUB_TOKEN]");
    }

    @Test
    void masksSystemAccountsWhenTheyAreNotKept() {
        // when
        String kept = new RegexMasker().maskText("su: (to root) jsmith on pts/0").text();
        String masked = new RegexMasker(settings(MaskLevel.STANDARD, EnumSet.allOf(MaskCategory.class), false,
                List.of(), List.of())).maskText("su: (to root) jsmith on pts/0").text();

        // then
        assertThat(kept).isEqualTo("su: (to root) [USER-1] on pts/0");
        assertThat(masked).isEqualTo("su: (to [USER-1]) [USER-2] on pts/0");
    }

    @Test
    void neverMasksAllowedValuesAndAlwaysMasksDeniedTerms() {
        // given
        MaskSettings s = settings(MaskLevel.STANDARD, EnumSet.allOf(MaskCategory.class), true,
                List.of("8.8.8.8", "JSmith"), List.of("Acme Widgets", "corp.example"));

        // when
        String masked = new RegexMasker(s).maskText("dns 8.8.8.8 for jsmith by acme widgets on db-1.corp.example "
                + "and wiki.corp.example password=hunter2").text();

        // then
        assertThat(masked).isEqualTo("dns 8.8.8.8 for jsmith by [TERM-1] on [HOST-1] and [HOST-2] "
                + "password=[REDACTED-PASSWORD]");
    }

    @Test
    void masksNothingWhenDisabled() {
        // when
        Masking masking = new RegexMasker(new MaskSettings(false, MaskLevel.STRICT, EnumSet.allOf(MaskCategory.class),
                true, List.of(), List.of())).mask(TestAlerts.message(LINE));

        // then
        assertThat(masking.alert().message()).isEqualTo(LINE);
        assertThat(masking.counts()).isEmpty();
    }

    @Test
    void givesAValueItsTokenFromEarlierCallsOfTheScope() {
        // given
        MaskScopes scopes = new MaskScopes(Duration.ofMinutes(30), Clock.systemUTC());
        RegexMasker masker = new RegexMasker();

        // when
        masker.mask(TestAlerts.withoutHost("from 203.0.113.1 and 203.0.113.2"), scopes.scope("case-1"));
        Masking later = masker.mask(TestAlerts.withoutHost("again 203.0.113.2"), scopes.scope("case-1"));
        Masking other = masker.mask(TestAlerts.withoutHost("again 203.0.113.2"), scopes.scope("case-2"));

        // then
        assertThat(later.alert().message()).isEqualTo("again [EXTERNAL-IP-2]");
        assertThat(later.map().unmask("[EXTERNAL-IP-1] then [EXTERNAL-IP-2]")).isEqualTo("203.0.113.1 then 203.0.113.2");
        assertThat(other.alert().message()).isEqualTo("again [EXTERNAL-IP-1]");
    }

    @Test
    void keepsAFollowUpsTokenMeaningWhatItMeantInTheScope() {
        // given
        MaskScopes scopes = new MaskScopes(Duration.ofMinutes(30), Clock.systemUTC());
        RegexMasker masker = new RegexMasker();
        masker.mask(TestAlerts.withoutHost("from 203.0.113.1"), scopes.scope("chat"));

        // when: the user asks about the token, and a new address comes up
        Masking followUp = masker.mask(TestAlerts.withoutHost("what did [EXTERNAL-IP-1] do after 198.51.100.7?"),
                scopes.scope("chat"));

        // then
        assertThat(followUp.alert().message()).isEqualTo("what did [EXTERNAL-IP-1] do after [EXTERNAL-IP-2]?");
        assertThat(followUp.map().unmask(followUp.alert().message())).isEqualTo("what did 203.0.113.1 do after 198.51.100.7?");
    }

    @Test
    void forgetsAScopeUnusedForItsTimeToLive() {
        // given
        MovableClock clock = new MovableClock();
        MaskScopes scopes = new MaskScopes(Duration.ofMinutes(30), clock);
        RegexMasker masker = new RegexMasker();
        masker.mask(TestAlerts.withoutHost("from 203.0.113.1"), scopes.scope("case-1"));

        // when
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        Masking later = masker.mask(TestAlerts.withoutHost("from 198.51.100.9"), scopes.scope("case-1"));

        // then
        assertThat(later.alert().message()).isEqualTo("from [EXTERNAL-IP-1]");
    }

    @Test
    void refusesScopeIdsThatAreNotIds() {
        MaskScopes scopes = new MaskScopes(Duration.ofMinutes(30), Clock.systemUTC());

        assertThatThrownBy(() -> scopes.scope("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scopes.scope("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThat(MaskScopes.isValidId("case:2025-11-18_42")).isTrue();
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2025-11-18T04:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
