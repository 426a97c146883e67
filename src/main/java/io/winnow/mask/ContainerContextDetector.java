package io.winnow.mask;

/**
 * Container IDs in free text, where the text is about containers: a 64-hex ID anywhere in a line that mentions
 * containers, sandboxes, shims or a runtime (dockerd, containerd, kubelet, CRI-O), and a 12-hex short ID right
 * after such a word or an {@code id=}. Image digests ({@code sha256:…}) and file hashes are not container IDs.
 */
final class ContainerContextDetector implements Detector {
    private static final String[] CONTEXT = {"container", "docker", "sandbox", "shim", "moby", "runc", "podman",
        "k8s.io", "cri-o", "crio", "kubelet", "pod "};
    private static final String[] NEAR = {"container", "sandbox", "docker", "id=", "id:", "id \\\"", "id \"", "cid",
        "crio-", "containerd", "task", "exec", "shim"};
    private static final String[] HASHES = {"sha256", "sha1", "sha512", "md5", "digest", "hash", "sum", "commit"};

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        String lower = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isHex(s.charAt(i)) || (i > 0 && isGlue(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Chars.isHex(s.charAt(end))) {
                end++;
            }
            int length = end - i;
            if ((length == 64 || length == 12) && (end == n || !isGlue(s.charAt(end)) || s.charAt(end) == '.'
                    && (end + 1 == n || !Chars.isAsciiAlnum(s.charAt(end + 1)))) && hasDigitAndLetter(s, i, end)) {
                if (lower == null) {
                    // most lines hold no such run: only then is the line asked whether it is about containers
                    lower = segment.lower();
                    if (!mentions(lower, CONTEXT)) {
                        return;
                    }
                }
                if (!afterHashWord(lower, i) && (length == 64 || nearContext(lower, i))) {
                    sink.add(i, end, TokenKind.CONTAINER);
                }
            }
            i = end;
        }
    }

    private static boolean mentions(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterHashWord(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 12), at);
        for (String h : HASHES) {
            if (before.contains(h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearContext(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 24), at);
        for (String w : NEAR) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Twelve hex digits that are all digits are a number, all letters a word. */
    private static boolean hasDigitAndLetter(String s, int from, int to) {
        boolean digit = false;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            digit |= Chars.isDigit(s.charAt(i));
            letter |= Character.isLetter(s.charAt(i));
        }
        return digit && letter;
    }

    private static boolean isGlue(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
    }
}
