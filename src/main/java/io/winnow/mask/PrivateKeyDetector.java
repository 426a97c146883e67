package io.winnow.mask;

/**
 * PEM private key blocks ({@code -----BEGIN [RSA |EC |OPENSSH |ENCRYPTED ]PRIVATE KEY-----} up to the matching
 * {@code END} line), whole and across lines, also when a log has split the words of the markers apart (auditd
 * quotes each argument: {@code a1="-----BEGIN" a2="RSA" …}). A block cut off before its END line, as truncated log
 * lines often are, is redacted to the end of the text.
 */
final class PrivateKeyDetector implements Detector {
    private static final String BEGIN = "-----BEGIN";
    private static final String END = "-----END";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 80;

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int begin = s.indexOf(BEGIN);
        while (begin >= 0) {
            int labelStart = begin + BEGIN.length();
            int labelEnd = s.indexOf(DASHES, labelStart);
            if (labelEnd < 0) {
                return;
            }
            String label = s.substring(labelStart, labelEnd);
            if (label.length() > MAX_LABEL || !label.contains("PRIVATE") || !label.contains("KEY")) {
                begin = s.indexOf(BEGIN, labelStart);
                continue;
            }
            int endAt = s.indexOf(END, labelEnd + DASHES.length());
            int close = endAt < 0 ? -1 : s.indexOf(DASHES, endAt + END.length());
            int end = close < 0 || close - endAt > MAX_LABEL ? s.length() : close + DASHES.length();
            sink.add(begin, end, SecretKind.PRIVATE_KEY);
            begin = s.indexOf(BEGIN, end);
        }
    }
}
