package io.winnow.ingest;

/**
 * Strict textual checks for IP address literals. Never resolves anything: {@code InetAddress.getByName} would
 * look up a host name, and alert text must never trigger DNS.
 */
final class IpLiteral {
    private IpLiteral() {
    }

    /** A dotted-quad IPv4 address or an IPv6 address (optionally with an embedded IPv4 tail), no zone, no brackets. */
    static boolean isValid(String text) {
        return text != null && (isIpv4(text) || isIpv6(text));
    }

    /** Four decimal octets 0–255, no leading zeros (which some stacks read as octal). */
    static boolean isIpv4(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return false;
        }
        int octets = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '.') {
                if (!isOctet(text, start, i)) {
                    return false;
                }
                octets++;
                start = i + 1;
            } else if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return octets == 4;
    }

    static boolean isIpv6(String text) {
        if (text.length() < 2 || text.length() > 45 || text.indexOf(':') < 0) {
            return false;
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int groups = 0;
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                if (!isPartOfGap(text, parts, i, gap)) {
                    return false;
                }
            } else if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!isIpv4(part)) {
                    return false;
                }
                groups += 2;
            } else if (isHexGroup(part)) {
                groups++;
            } else {
                return false;
            }
        }
        return gap >= 0 ? groups <= 7 : groups == 8;
    }

    /** An empty part is only allowed where "::" is, including at the very start or end of the address. */
    private static boolean isPartOfGap(String text, String[] parts, int index, int gap) {
        if (gap < 0) {
            return false;
        }
        if (index == 0) {
            return text.startsWith("::");
        }
        if (index == parts.length - 1) {
            return text.endsWith("::");
        }
        return true;
    }

    private static boolean isHexGroup(String part) {
        if (part.length() > 4) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctet(String text, int from, int to) {
        int digits = to - from;
        if (digits < 1 || digits > 3 || (digits > 1 && text.charAt(from) == '0')) {
            return false;
        }
        return Integer.parseInt(text, from, to, 10) <= 255;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
