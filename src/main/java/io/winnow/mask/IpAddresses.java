package io.winnow.mask;

import static io.winnow.mask.Chars.isDigit;

/**
 * Strict IPv4 and IPv6 parsing over a stretch of text, and the internal/external split. Hand-written rather than
 * {@link java.net.InetAddress}, which may resolve names, and rather than a regex, which would accept octets above
 * 255 or backtrack on long runs of hex.
 */
final class IpAddresses {
    private IpAddresses() {
    }

    /**
     * A dotted quad.
     *
     * @param end     the index after its last digit
     * @param address the 32 bits, network order
     */
    record Ipv4(int end, int address) {
    }

    /** A dotted quad starting at {@code from} and ending at or before {@code limit}, or null. */
    static Ipv4 parseIpv4(String s, int from, int limit) {
        int i = from;
        int address = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= limit || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
            int digits = 0;
            int value = 0;
            while (i < limit && isDigit(s.charAt(i))) {
                if (++digits > 3) {
                    return null;
                }
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (digits == 0 || value > 255) {
                return null;
            }
            address = (address << 8) | value;
        }
        return new Ipv4(i, address);
    }

    /**
     * The 16 bytes of the IPv6 address that is exactly {@code s[start, end)}, or null. Accepts {@code ::}
     * compression and a trailing dotted quad ({@code ::ffff:10.0.0.1}); rejects zone IDs, brackets and prefixes.
     */
    static byte[] parseIpv6(String s, int start, int end) {
        int gap = s.indexOf("::", start);
        if (gap < 0 || gap + 2 > end) {
            gap = -1;
        } else {
            int second = s.indexOf("::", gap + 1);
            if (second >= 0 && second + 2 <= end) {
                return null;
            }
        }
        int[] head = new int[8];
        int[] tail = new int[8];
        int headCount = groups(s, start, gap < 0 ? end : gap, head, gap < 0);
        int tailCount = gap < 0 ? 0 : groups(s, gap + 2, end, tail, true);
        if (headCount < 0 || tailCount < 0) {
            return null;
        }
        int total = headCount + tailCount;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int g = 0; g < headCount; g++) {
            putGroup(bytes, g, head[g]);
        }
        for (int g = 0; g < tailCount; g++) {
            putGroup(bytes, 8 - tailCount + g, tail[g]);
        }
        return bytes;
    }

    /** Cloud instance-metadata addresses: AWS, Azure, GCP, OpenStack (169.254.169.254) and Alibaba (100.100.100.200). */
    private static final int METADATA = 0xA9FEA9FE;
    private static final int ALIBABA_METADATA = 0x646464C8;

    /** The token kind of an IPv4 address: metadata, internal or external. */
    static TokenKind kindOfV4(int a) {
        if (a == METADATA || a == ALIBABA_METADATA) {
            return TokenKind.METADATA_IP;
        }
        return isInternalV4(a) ? TokenKind.INTERNAL_IP : TokenKind.EXTERNAL_IP;
    }

    /** The token kind of an IPv6 address; AWS's IPv6 metadata endpoint is fd00:ec2::254. */
    static TokenKind kindOfV6(byte[] b) {
        boolean awsMetadata = (b[0] & 0xFF) == 0xFD && b[1] == 0 && (b[2] & 0xFF) == 0x0E && (b[3] & 0xFF) == 0xC2
                && b[15] == (byte) 0x54 && b[14] == 0x02;
        for (int i = 4; i < 14 && awsMetadata; i++) {
            awsMetadata = b[i] == 0;
        }
        if (awsMetadata) {
            return TokenKind.METADATA_IP;
        }
        return isInternalV6(b) ? TokenKind.INTERNAL_IP : TokenKind.EXTERNAL_IP;
    }

    /**
     * Private, loopback, link-local, shared (CGNAT), unspecified and multicast space: addresses that do not name a
     * host on the public internet. Documentation ranges count as external, since examples use them for public hosts.
     */
    static boolean isInternalV4(int a) {
        int first = a >>> 24;
        return first == 10 || first == 127 || first == 0
                || (a & 0xFFF00000) == 0xAC100000        // 172.16.0.0/12
                || (a & 0xFFFF0000) == 0xC0A80000        // 192.168.0.0/16
                || (a & 0xFFFF0000) == 0xA9FE0000        // 169.254.0.0/16
                || (a & 0xFFC00000) == 0x64400000        // 100.64.0.0/10
                || (a & 0xF0000000) == 0xE0000000        // 224.0.0.0/4
                || a == 0xFFFFFFFF;
    }

    /** Unspecified, loopback, ULA fc00::/7, link-local fe80::/10, site-local, multicast; IPv4-mapped by its IPv4. */
    static boolean isInternalV6(byte[] b) {
        boolean zeroTo9 = true;
        for (int i = 0; i < 10; i++) {
            zeroTo9 &= b[i] == 0;
        }
        if (zeroTo9 && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
            // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), and :: and ::1 as 0.0.0.0 and 0.0.0.1
            int v4 = (b[12] & 0xFF) << 24 | (b[13] & 0xFF) << 16 | (b[14] & 0xFF) << 8 | (b[15] & 0xFF);
            return b[10] == 0 && (v4 >>> 8) == 0 || isInternalV4(v4);
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        return (b0 & 0xFE) == 0xFC || (b0 == 0xFE && (b1 & 0x80) == 0x80) || b0 == 0xFF;
    }

    /** Colon-separated groups of {@code s[from, to)} into {@code out}; a dotted quad may end the list. -1 if bad. */
    private static int groups(String s, int from, int to, int[] out, boolean quadMayEnd) {
        if (from == to) {
            return 0;
        }
        int n = 0;
        int i = from;
        while (true) {
            int j = i;
            boolean dotted = false;
            while (j < to && s.charAt(j) != ':') {
                dotted |= s.charAt(j) == '.';
                j++;
            }
            if (j == i || n >= 8) {
                return -1;
            }
            if (dotted) {
                Ipv4 quad = parseIpv4(s, i, j);
                if (!quadMayEnd || j != to || quad == null || quad.end() != j || n + 2 > 8) {
                    return -1;
                }
                out[n++] = quad.address() >>> 16;
                out[n++] = quad.address() & 0xFFFF;
                return n;
            }
            int value = 0;
            for (int k = i; k < j; k++) {
                int digit = Character.digit(s.charAt(k), 16);
                if (digit < 0 || k - i >= 4) {
                    return -1;
                }
                value = value << 4 | digit;
            }
            out[n++] = value;
            if (j == to) {
                return n;
            }
            i = j + 1;
        }
    }

    private static void putGroup(byte[] bytes, int group, int value) {
        bytes[2 * group] = (byte) (value >>> 8);
        bytes[2 * group + 1] = (byte) value;
    }
}
