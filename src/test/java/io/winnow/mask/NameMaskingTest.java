package io.winnow.mask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * User and host names from the grammars issue 4 lists (sshd, sudo, su, Falco, Windows, paths, user@host, URL user
 * info); system accounts kept; file names, Falco field names, image tags, versions and systemd units left alone.
 */
class NameMaskingTest {
    private final RegexMasker masker = new RegexMasker();

    static Stream<Arguments> lines() {
        return Stream.of(
                arguments("Nov 18 04:10:12 db-2 groupadd[881]: group added to /etc/group: name=bob, GID=1001",
                        "Nov 18 04:10:12 [HOST-1] groupadd[881]: group added to /etc/group: name=[USER-1], GID=1001"),
                arguments("Nov 18 04:10:12 db-2 gpasswd[881]: user carol added by root to group sudo",
                        "Nov 18 04:10:12 [HOST-1] gpasswd[881]: user [USER-1] added by root to group sudo"),
                arguments("Nov 18 04:09:02 bastion sshd[23110]: Accepted password for jsmith from 10.0.4.13 port 44218 ssh2",
                        "Nov 18 04:09:02 [HOST-1] sshd[23110]: Accepted password for [USER-1] from [INTERNAL-IP-1] port 44218 ssh2"),
                arguments("Nov 18 04:09:02 bastion sshd[23110]: Failed password for invalid user oracle from 203.0.113.9 port 4444 ssh2",
                        "Nov 18 04:09:02 [HOST-1] sshd[23110]: Failed password for invalid user [USER-1] from [EXTERNAL-IP-1] port 4444 ssh2"),
                arguments("Nov 18 04:09:02 bastion sshd[23110]: Invalid user test from 203.0.113.9 port 4444",
                        "Nov 18 04:09:02 [HOST-1] sshd[23110]: Invalid user [USER-1] from [EXTERNAL-IP-1] port 4444"),
                arguments("Nov 18 04:10:12 bastion sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/find /home/deploy -maxdepth 0",
                        "Nov 18 04:10:12 [HOST-1] sudo:   [USER-1] : TTY=pts/0 ; PWD=/home/[USER-1] ; USER=root ; COMMAND=/usr/bin/find /home/[USER-1] -maxdepth 0"),
                arguments("Nov 18 04:10:12 bastion sudo:   root : TTY=pts/0 ; PWD=/root ; USER=postgres ; COMMAND=/usr/bin/psql",
                        "Nov 18 04:10:12 [HOST-1] sudo:   root : TTY=pts/0 ; PWD=/root ; USER=postgres ; COMMAND=/usr/bin/psql"),
                arguments("Nov 18 04:10:12 bastion su[881]: (to root) mgarcia on pts/1",
                        "Nov 18 04:10:12 [HOST-1] su[881]: (to root) [USER-1] on pts/1"),
                arguments("Nov 18 04:10:12 web-01 falco: Warning Terminal shell in container (user=priya user.name=priya user_uid=1000 proc.name=bash fd.name=/etc/passwd)",
                        "Nov 18 04:10:12 [HOST-1] falco: Warning Terminal shell in container (user=[USER-1] user.name=[USER-1] user_uid=1000 proc.name=bash fd.name=/etc/passwd)"),
                arguments("Nov 18 04:10:12 web-01 falco: Notice (user=www-data proc.name=nginx) and user.name=nobody",
                        "Nov 18 04:10:12 [HOST-1] falco: Notice (user=www-data proc.name=nginx) and user.name=nobody"),
                arguments("{\"win\":{\"eventdata\":{\"targetUserName\":\"kwame\",\"subjectUserName\":\"SYSTEM\",\"targetDomainName\":\"NT AUTHORITY\"}}}",
                        "{\"win\":{\"eventdata\":{\"targetUserName\":\"[USER-1]\",\"subjectUserName\":\"SYSTEM\",\"targetDomainName\":\"NT AUTHORITY\"}}}"),
                arguments("<Data Name=\"TargetUserName\">lucia</Data><Data Name=\"SubjectUserName\">WS42$</Data><Computer>ws42.corp.local</Computer>",
                        "<Data Name=\"TargetUserName\">[USER-1]</Data><Data Name=\"SubjectUserName\">[HOST-1]$</Data><Computer>[HOST-2]</Computer>"),
                arguments("cat /home/hannah/.ssh/id_rsa C:\\Users\\omar.h\\AppData\\Roaming\\x.exe \"C:\\\\Users\\\\emil\\\\Desktop\"",
                        "cat /home/[USER-1]/.ssh/id_rsa C:\\Users\\[USER-2]\\AppData\\Roaming\\x.exe \"C:\\\\Users\\\\[USER-3]\\\\Desktop\""),
                arguments("ssh ingrid@db-7 then scp x.tgz bob@10.1.2.3:/tmp and https://alice@git.corp.example.com/repo.git",
                        "ssh [USER-1]@[HOST-1] then scp x.tgz [USER-2]@[INTERNAL-IP-1]:/tmp and https://[USER-3]@[HOST-2]/repo.git"),
                arguments("Started getty@tty1.service and user@1000.service; pip install requests@2.31.0",
                        "Started getty@tty1.service and user@1000.service; pip install requests@2.31.0"),
                arguments("agent=falco rule=Read-sensitive proc.name=cat fd.name=/etc/shadow evt.type=openat container.id=host image=nginx:1.25.3 kernel 6.1.0-13-amd64",
                        "agent=falco rule=Read-sensitive proc.name=cat fd.name=/etc/shadow evt.type=openat container.id=host image=nginx:1.25.3 kernel 6.1.0-13-amd64"),
                arguments("LOCAL SERVICE logged on; Account Name: NETWORK SERVICE Account Domain: NT AUTHORITY",
                        "LOCAL SERVICE logged on; Account Name: NETWORK SERVICE Account Domain: NT AUTHORITY"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void masksUsersAndHostsButNotSystemAccountsOrFieldNames(String line, String expected) {
        // when
        String masked = masker.maskText(line).text();

        // then
        assertThat(masked).isEqualTo(expected);
    }
}
