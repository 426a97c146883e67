package io.winnow.mask;

import static io.winnow.mask.Chars.isAsciiAlnum;

/**
 * Email addresses: {@code local@domain.tld}. Found by expanding around each {@code @} rather than by a regex; since
 * {@code @} belongs to neither side, each expansion stops at the neighbouring {@code @} and the scan stays linear.
 */
final class EmailDetector implements Detector {

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int at = s.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocalChar(s.charAt(start - 1))) {
                start--;
            }
            while (start < at && s.charAt(start) == '.') {
                start++;
            }
            int end = domainEnd(s, at + 1);
            if (start < at && end > 0) {
                sink.add(start, end, TokenKind.EMAIL);
            }
            at = s.indexOf('@', at + 1);
        }
    }

    /** The end of a dotted domain with an alphabetic top-level label starting at {@code from}, or -1. */
    private static int domainEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDomainChar(s.charAt(end))) {
            end++;
        }
        while (end > from && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        if (end == from || s.charAt(from) == '.' || s.charAt(from) == '-') {
            return -1;
        }
        int lastDot = end - 1;
        while (lastDot > from && s.charAt(lastDot) != '.') {
            lastDot--;
        }
        if (lastDot <= from || end - lastDot < 3) {
            return -1;
        }
        for (int i = lastDot + 1; i < end; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return -1;
            }
        }
        // getty@tty1.service and user@1000.service are systemd units, not addresses
        return HostNames.isFileExtension(s.substring(lastDot + 1, end)) ? -1 : end;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '-';
    }
}
