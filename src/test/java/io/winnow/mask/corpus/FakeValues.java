package io.winnow.mask.corpus;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Fake personal values for the masking corpus: user and host names, addresses, emails, container IDs. */
final class FakeValues {
    private static final List<String> FIRST = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace",
            "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor",
            "walter", "priya", "chen", "fatima", "lucas", "sofia", "mateo", "yuki", "omar", "ingrid", "kwame",
            "elena", "tomas", "aisha", "noah", "leila", "marco", "hannah", "arjun", "zoe", "emil", "ruth");
    private static final List<String> LAST = List.of("smith", "jones", "garcia", "kim", "nguyen", "patel", "mueller",
            "rossi", "tanaka", "silva", "novak", "okafor", "larsen", "dubois", "haddad", "ivanova", "walsh", "berg");
    private static final List<String> ROLES = List.of("deploy", "ci", "admin", "ubuntu", "ec2-user", "svc_backup",
            "svc-reports", "etl", "ansible", "appuser", "dbadmin", "webadmin", "oracle", "test", "pi", "vagrant");
    private static final List<String> HOST_STEMS = List.of("web", "db", "api", "bastion", "mail", "vpn", "k8s-node",
            "worker", "build", "cache", "proxy", "ldap", "dc", "files", "jump", "ci-runner", "kafka", "redis");
    private static final List<String> DOMAINS = List.of("corp.acme-widgets.com", "prod.example-shop.net",
            "internal.globex.io", "lab.initech.local", "eu-west-1.compute.internal", "ad.umbrella-corp.org",
            "home.arpa", "branch2.contoso.lan", "dev.hooli.co");
    private final Random random;

    FakeValues(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A person's login (jsmith, alice.kim, priya_n) or, now and then, a role account that is not a system one. */
    String user() {
        String first = pick(FIRST);
        String last = pick(LAST);
        return switch (random.nextInt(7)) {
            case 0 -> first;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + "." + last;
            case 3 -> first + "_" + last.charAt(0);
            case 4 -> first + between(1, 99);
            case 5 -> pick(ROLES);
            default -> last + first.charAt(0);
        };
    }

    String shortHost() {
        return switch (random.nextInt(5)) {
            case 0 -> "LAPTOP-" + upperAlnum(7);
            case 1 -> "WS" + between(100, 9999);
            case 2 -> pick(FIRST) + "-laptop";
            default -> pick(HOST_STEMS) + "-" + String.format("%02d", between(1, 40));
        };
    }

    String fqdn() {
        return random.nextInt(5) == 0 ? "ip-10-" + between(0, 255) + "-" + between(0, 255) + "-" + between(1, 254)
                + ".ec2.internal" : shortHost().toLowerCase() + "." + pick(DOMAINS);
    }

    String host() {
        return random.nextBoolean() ? shortHost() : fqdn();
    }

    String internalIp() {
        return switch (random.nextInt(4)) {
            case 0 -> "10." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
            case 1 -> "192.168." + between(0, 255) + "." + between(1, 254);
            case 2 -> "172." + between(16, 31) + "." + between(0, 255) + "." + between(1, 254);
            default -> "100." + between(64, 127) + "." + between(0, 255) + "." + between(1, 254);
        };
    }

    String externalIp() {
        if (random.nextInt(6) == 0) {
            return "2001:db8:" + Integer.toHexString(between(1, 0xffff)) + "::" + Integer.toHexString(between(1, 0xfff));
        }
        return externalIpv4();
    }

    String externalIpv4() {
        int first;
        do {
            first = between(1, 223);
        } while (first == 10 || first == 127 || first == 100 || first == 172 || first == 192 || first == 169);
        return first + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
    }

    String ip() {
        return random.nextBoolean() ? internalIp() : externalIp();
    }

    String mac(char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(String.format("%02x", i == 0 ? (between(0, 255) & 0xFC) | 0x02 : between(0, 255)));
        }
        return out.toString();
    }

    String email() {
        return pick(FIRST) + (random.nextBoolean() ? "." + pick(LAST) : "") + "@" + pick(DOMAINS);
    }

    String containerId(boolean full) {
        return hex(full ? 64 : 12);
    }

    String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    String alnum(int length) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
    }

    String upperAlnum(int length) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
    }

    String base64(int length) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", length);
    }

    String urlSafe(int length) {
        return chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", length);
    }

    String chars(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        boolean digit = false;
        for (int i = 0; i < length; i++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            digit |= Character.isDigit(c);
            out.append(c);
        }
        if (!digit && length > 4 && alphabet.contains("7")) {
            out.setCharAt(length / 2, '7');
        }
        return out.toString();
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
