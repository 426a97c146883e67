package io.winnow.mask.corpus;

import java.util.List;

/** Wazuh alerts.json events: sshd through the syslog decoders, and Windows logons 4624 and 4625. */
final class WazuhLines {
    private WazuhLines() {
    }

    static Sample sshd(FakeValues v, Sample.Builder b) {
        String agent = b.host(v.shortHost().toLowerCase());
        String agentIp = b.ip(v.internalIp());
        String user = b.user(v.user());
        String ip = b.ip(v.externalIpv4());
        String port = b.keep(Integer.toString(v.between(1024, 65000)));
        return b.build("{\"timestamp\":\"2025-11-18T04:09:02.640+0000\",\"rule\":{\"level\":5,\"description\":\""
                + b.keep("sshd: authentication failed.") + "\",\"id\":\"" + b.keep("5760") + "\",\"groups\":[\"syslog\",\"sshd\"]},"
                + "\"agent\":{\"id\":\"00" + v.between(1, 9) + "\",\"name\":\"" + agent + "\",\"ip\":\"" + agentIp + "\"},"
                + "\"manager\":{\"name\":\"" + b.host("wazuh-mgr-" + v.between(1, 9)) + "\"},\"full_log\":\"Nov 18 04:09:02 "
                + agent + " sshd[23110]: Failed password for " + user + " from " + ip + " port " + port + " ssh2\","
                + "\"predecoder\":{\"program_name\":\"sshd\",\"hostname\":\"" + agent + "\"},\"decoder\":{\"name\":\"sshd\"},"
                + "\"data\":{\"srcip\":\"" + ip + "\",\"srcport\":\"" + port + "\",\"dstuser\":\"" + user + "\"},"
                + "\"location\":\"" + b.keep("/var/log/auth.log") + "\"}");
    }

    static Sample windows(FakeValues v, Sample.Builder b, boolean failed) {
        String eventId = b.keep(failed ? "4625" : "4624");
        String user = b.user(v.user());
        String machine = b.host(v.pick(List.of("WS", "LAPTOP-", "DESKTOP-")) + v.upperAlnum(5));
        String workstation = b.host(v.shortHost().toUpperCase());
        String domain = v.pick(List.of("ACME", "CORP", "GLOBEX"));
        String ip = b.ip(v.internalIp());
        if (v.chance(50)) {
            String computer = b.host(machine.toLowerCase() + ".ad.umbrella-corp.org");
            return b.build("{\"agent\":{\"name\":\"" + computer + "\"},\"rule\":{\"description\":\""
                    + (failed ? "Logon failure - Unknown user or bad password." : "Windows logon success.") + "\"},"
                    + "\"data\":{\"win\":{\"system\":{\"eventID\":\"" + eventId + "\",\"computer\":\"" + computer + "\"},"
                    + "\"eventdata\":{\"subjectUserName\":\"" + machine + "$\",\"subjectDomainName\":\"" + domain + "\","
                    + "\"targetUserName\":\"" + user + "\",\"targetDomainName\":\"" + domain + "\",\"logonType\":\"3\","
                    + "\"workstationName\":\"" + workstation + "\",\"ipAddress\":\"" + ip + "\",\"ipPort\":\""
                    + v.between(1024, 65000) + "\",\"processName\":\"" + b.keep("C:\\\\Windows\\\\System32\\\\lsass.exe")
                    + "\"}}}}");
        }
        return b.build("Nov 18 04:09:02 " + b.host(v.shortHost()) + " MSWinEventLog 1 Security " + v.between(1, 99999)
                + " Tue Nov 18 04:09:02 2025 " + eventId + " Microsoft-Windows-Security-Auditing N/A N/A "
                + (failed ? "Failure Audit" : "Success Audit") + " " + machine + " Logon "
                + (failed ? "An account failed to log on." : "An account was successfully logged on.")
                + " Subject: Security ID: S-1-5-18 Account Name: " + machine + "$ Account Domain: " + domain
                + " Logon ID: 0x3E7 Logon Type: 3 " + (failed ? "Account For Which Logon Failed:" : "New Logon:")
                + " Security ID: S-1-5-21-3623811015-3361044348-30300820-1013 Account Name: " + user + " Account Domain: "
                + domain + " Network Information: Workstation Name: " + workstation + " Source Network Address: " + ip
                + " Source Port: " + v.between(1024, 65000) + " Process Information: Process Name: "
                + b.keep("C:\\Windows\\System32\\svchost.exe"));
    }
}
