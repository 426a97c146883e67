package io.winnow.mask;

import java.util.List;

import static io.winnow.mask.GrammarDetector.NAME;

/**
 * The log grammars that name users: sshd, PAM, sudo, su, shadow-utils, systemd-logind, cron, vsftpd, OpenVPN,
 * FreeRADIUS, web server access logs, databases. Each returns detectors in priority order.
 */
final class UserGrammars {
    private static final TokenKind U = TokenKind.USER;
    private static final String Q = "['\"<\\[]?";
    private static final String E = "['\">\\]]?";

    private UserGrammars() {
    }

    static List<Detector> standard() {
        return List.of(
                GrammarDetector.exact("for (?:invalid user |illegal user )?" + NAME + " from ", List.of("for "), U),
                GrammarDetector.caseless("(?:invalid|illegal|authenticating|for|of|by|from|new|unknown) user " + Q + NAME
                        + E, List.of("invalid user ", "illegal user ", "authenticating user ", "for user ",
                        "of user ", "by user ", "from user ", "new user ", "unknown user "), U),
                GrammarDetector.exact("User " + NAME + " (?:from|not allowed)", List.of("User "), U),
                GrammarDetector.caseless("(?:user|username|common name|login|account|for) (?:'|\")" + NAME
                        + "(?:'|\")", List.of("user '", "user \"", "username '", "username \"", "common name '",
                        "login '", "account '", "account \"", "for '", "for \""), U),
                GrammarDetector.exact("add '" + NAME + "' to ", List.of("add '"), U),
                GrammarDetector.exact("sudo(?:\\[\\d+])?: +" + NAME + " : ", List.of("sudo"), U),
                GrammarDetector.exact("\\(to " + NAME + "\\) " + NAME + " on ", List.of("(to "), U, U),
                GrammarDetector.exact("[+-] (?:pts/\\d+|tty\\w*|console|\\?\\?\\?) " + NAME + "[:-]" + NAME,
                        List.of("+ ", "- "), U, U),
                GrammarDetector.exact("by " + NAME + "\\(uid=\\d+\\)", List.of("by "), U),
                GrammarDetector.exact("new user: name=" + NAME, List.of("new user: name="), U),
                // a new user's private group is named after the user
                GrammarDetector.exact("(?:new group|group added to [^:]{1,40}): name=" + NAME,
                        List.of("new group: name=", "group added to "), U),
                GrammarDetector.exact("user " + NAME + " (?:added|removed) by " + NAME, List.of("user "), U, U),
                GrammarDetector.exact("(?:changed|expiry) for " + NAME, List.of("changed for ", "expiry for "), U),
                GrammarDetector.exact("LOGIN ON \\S+ BY " + NAME, List.of("LOGIN ON "), U),
                GrammarDetector.exact("Login (?:OK|incorrect)(?: \\([^)]{0,120}\\))?: \\[" + NAME
                        + "(?:/([^\\]\\s]{1,128}))?]", List.of("Login "), U, SecretKind.PASSWORD),
                GrammarDetector.exact(" - " + NAME + " \\[\\d", List.of(" - "), U),
                GrammarDetector.exact("from client ([A-Za-z0-9][A-Za-z0-9_.-]{0,62}) port ", List.of("from client "),
                        TokenKind.HOST),
                GrammarDetector.exact("] user " + NAME + "(?::| not found)", List.of("] user "), U),
                GrammarDetector.exact("Login: user=<" + NAME + ">", List.of("Login: user=<"), U),
                new BracketedUserDetector());
    }

    /** Strict level: the word after any "user" is a user name, unless it is a word of prose. */
    static List<Detector> strict() {
        return List.of(GrammarDetector.caseless("user " + Q + NAME + E, List.of("user "), U));
    }
}
