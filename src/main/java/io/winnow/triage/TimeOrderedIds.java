package io.winnow.triage;

import io.winnow.alert.IdGenerator;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * ULIDs: 26 characters of Crockford base32, a 48-bit millisecond timestamp then 80 random bits, so IDs sort by
 * creation time and do not collide across nodes.
 */
public final class TimeOrderedIds implements IdGenerator {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        long time = clock.millis();
        byte[] entropy = new byte[10];
        random.nextBytes(entropy);
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (entropy[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (entropy[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
