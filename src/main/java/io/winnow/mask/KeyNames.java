package io.winnow.mask;

import java.util.Set;

/**
 * Classifies a key ({@code data.win.eventdata.targetUserName}, {@code User-Name}, {@code Account Name},
 * {@code MY_APP_KEY}) by what its value holds. Only the last part of a dotted key counts, compared in lower case
 * without {@code _ - space}; a bare {@code name} or {@code id} is classified by the part before it
 * ({@code agent.name} is a host, {@code container.id} a container).
 */
final class KeyNames {
    private static final Set<String> USER = Set.of("user", "username", "usr", "uname", "login", "loginname",
            "logname", "ruser", "suser", "duser", "srcuser", "dstuser", "sourceuser", "destinationuser", "targetuser",
            "subjectuser", "targetusername", "subjectusername", "accountname", "account", "acct", "samaccountname",
            "principal", "principalname", "owner", "cn", "auid", "uid", "euid", "suid", "fsuid", "ouid", "remoteuser",
            "saslusername", "logonaccount", "clientuser", "dbuser", "sudouser", "sshuser", "osuser", "unameafter",
            "unamebefore", "userloginname", "loginuser", "newtargetusername", "oldtargetusername", "membername",
            "callerusername", "requester", "requestedby", "impersonateduser", "actor");
    private static final Set<String> HOST = Set.of("host", "hostname", "computer", "computername", "workstation",
            "workstationname", "sourceworkstation", "machine", "machinename", "node", "nodename", "fqdn", "dhost",
            "shost", "srchost", "dsthost", "rhost", "clienthost", "clienthostname", "remotehost", "agentname",
            "devicename", "devicehostname", "helo", "ehlo", "nasidentifier", "targetservername", "vhost",
            "hostnames", "observername", "clientname", "sourcehost", "destinationhost");
    private static final Set<String> DOTTED_HOST = Set.of("server", "servername", "sni", "relay", "client",
            "target", "domain", "dest", "destination", "fqdn", "url", "uri", "referer", "referrer", "origin");
    private static final Set<String> DOMAIN = Set.of("domainname", "accountdomain", "targetdomainname",
            "subjectdomainname", "userdomain", "realm", "dc", "ntdomain", "logondomain", "callerdomain");
    private static final Set<String> CONTAINER = Set.of("containerid", "containerfullid", "sandboxid",
            "podsandboxid", "container", "dockerid", "criid");
    private static final Set<String> PASSWORD_WORDS = Set.of("pass", "pwd", "pw", "pswd", "psk", "passcode",
            "passwd", "password", "passphrase", "passwort", "mysqlpwd", "userpassword");
    private static final Set<String> NOT_SECRET_PARTS = Set.of("file", "path", "policy", "expir", "age", "length",
            "last", "changed", "required", "status", "type", "count", "reset", "hint", "strength", "complexity",
            "min", "max", "never", "prompt", "stdin", "mode", "id", "name", "format", "algorithm", "size",
            "elevation", "usage", "ttl", "version", "method", "scheme", "header", "url", "uri", "provider");
    private static final Set<String> SECRET = Set.of("secret", "secretkey", "clientsecret", "apikey", "xapikey",
            "apitoken", "apisecret", "secretaccesskey", "awssecretaccesskey", "accesstoken", "refreshtoken",
            "idtoken", "authtoken", "sessiontoken", "bearertoken", "privatekey", "webhooksecret", "signingkey",
            "signingsecret", "encryptionkey", "masterkey", "accountkey", "sharedaccesskey", "credential",
            "credentials", "cookie", "setcookie", "appsecret", "consumersecret", "oauthtoken", "oauthsecret",
            "xauthtoken", "sig", "authkey", "secrettoken", "jwt", "dsn");
    private static final String[] RANDOM_WORDS = {"key", "token", "secret", "auth", "cred", "signature", "salt",
        "session", "cookie", "private", "hmac", "nonce", "otp", "code", "hash", "seed", "cert"};
    private static final Set<String> RULE = Set.of("rule", "rulename", "ruledescription", "ruletitle");
    private static final Set<String> HOST_PARENTS = Set.of("agent", "host", "node", "computer", "manager",
            "machine", "device", "observer", "server", "workstation", "predecoder");
    private static final Set<String> USER_PARENTS = Set.of("user", "account", "login", "owner", "loginuser");

    private KeyNames() {
    }

    /**
     * @param key    the key as written, quotes removed
     * @param parent the key of the enclosing JSON object, or null when unknown; used for {@code name}, {@code id}
     *               and {@code description}
     */
    static KeyClass classify(String key, String parent) {
        String last = squash(lastPart(key));
        if (last.isEmpty() || last.length() > 48) {
            return KeyClass.NONE;
        }
        String prev = squash(previousPart(key));
        if (prev.isEmpty() && parent != null) {
            prev = squash(parent);
        }
        return switch (last) {
            case "name" -> USER_PARENTS.contains(prev) ? KeyClass.USER
                    : HOST_PARENTS.contains(prev) ? KeyClass.HOST : KeyClass.NONE;
            case "id", "fullid" -> prev.equals("container") ? KeyClass.CONTAINER : KeyClass.NONE;
            case "description", "title" -> prev.equals("rule") ? KeyClass.RULE : KeyClass.NONE;
            case "hostname" -> prev.equals("localhost") ? KeyClass.NONE : KeyClass.HOST;
            default -> byLastPart(last);
        };
    }

    static KeyClass classify(String key) {
        return classify(key, null);
    }

    private static KeyClass byLastPart(String last) {
        if (RULE.contains(last)) {
            return KeyClass.RULE;
        }
        if (PASSWORD_WORDS.contains(last)) {
            return KeyClass.PASSWORD;
        }
        if (SECRET.contains(last)) {
            return KeyClass.SECRET;
        }
        if (last.endsWith("authorization")) {
            return KeyClass.NONE;
        }
        if (CONTAINER.contains(last)) {
            return KeyClass.CONTAINER;
        }
        if (USER.contains(last) || last.endsWith("username") || (last.endsWith("user") && !last.endsWith("peruser"))) {
            return KeyClass.USER;
        }
        if (DOMAIN.contains(last)) {
            return KeyClass.DOMAIN;
        }
        if (HOST.contains(last) || last.endsWith("hostname") || last.endsWith("computername")
                || last.endsWith("workstationname") || last.endsWith("nodename")
                || (last.endsWith("host") && !last.endsWith("localhost") && !last.endsWith("ghost"))) {
            return KeyClass.HOST;
        }
        KeyClass secret = secretClass(last);
        if (secret != KeyClass.NONE) {
            return secret;
        }
        return DOTTED_HOST.contains(last) ? KeyClass.DOTTED_HOST : KeyClass.NONE;
    }

    private static KeyClass secretClass(String last) {
        if (PASSWORD_WORDS.contains(last)) {
            return KeyClass.PASSWORD;
        }
        if (SECRET.contains(last)) {
            return KeyClass.SECRET;
        }
        for (String part : NOT_SECRET_PARTS) {
            if (last.contains(part)) {
                return KeyClass.NONE;
            }
        }
        if (last.contains("password") || last.contains("passwd") || last.contains("passphrase")
                || last.contains("passwort") || (last.endsWith("pass") && !last.endsWith("bypass")
                && !last.endsWith("compass")) || last.endsWith("pwd") || last.endsWith("pswd")) {
            return KeyClass.PASSWORD;
        }
        if (last.endsWith("token") || last.endsWith("secret") || last.endsWith("apikey") || last.endsWith("secretkey")
                || last.endsWith("accesskey") || last.endsWith("privatekey")) {
            return KeyClass.SECRET;
        }
        for (String word : RANDOM_WORDS) {
            if (last.contains(word)) {
                return KeyClass.SECRET_IF_RANDOM;
            }
        }
        return KeyClass.NONE;
    }

    private static String lastPart(String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('/'));
        return cut < 0 ? key : key.substring(cut + 1);
    }

    private static String previousPart(String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('/'));
        if (cut <= 0) {
            return "";
        }
        String head = key.substring(0, cut);
        int before = Math.max(head.lastIndexOf('.'), head.lastIndexOf('/'));
        return before < 0 ? head : head.substring(before + 1);
    }

    /** Lower case, letters and digits only: {@code Target_User-Name} → {@code targetusername}. */
    static String squash(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Chars.isAsciiAlnum(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
