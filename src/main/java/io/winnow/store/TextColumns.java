package io.winnow.store;

/**
 * Prepares text for the plain (non-body) columns. PostgreSQL rejects the NUL character in {@code TEXT}, and alert
 * text is hostile input, so NUL becomes U+FFFD in every such column on both databases; the JSON bodies escape it
 * and keep the exact value.
 */
final class TextColumns {
    static final int MAX_FAILURE_REASON = 2_000;

    private TextColumns() {
    }

    /** The value with NUL replaced, or null for null. */
    static String clean(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
    }

    /** The reason cleaned and cut to {@value #MAX_FAILURE_REASON} characters, never inside a surrogate pair. */
    static String failureReason(String reason) {
        String text = clean(reason == null || reason.isBlank() ? "no reason given" : reason);
        if (text.length() <= MAX_FAILURE_REASON) {
            return text;
        }
        int end = MAX_FAILURE_REASON;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
