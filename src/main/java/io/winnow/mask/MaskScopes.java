package io.winnow.mask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The open {@link MaskScope}s by ID. A scope lives until it has not been used for the time to live, then its tokens
 * are forgotten; at most {@value #MAX_SCOPES} scopes are kept, the least recently used going first. Thread-safe.
 */
public final class MaskScopes {
    static final int MAX_SCOPES = 10_000;
    /** What a scope ID may look like: a case number, a UUID, a session key. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Cache<String, MaskScope> scopes;

    /**
     * @param timeToLive how long an unused scope is kept
     * @param clock      the time source, so tests can move time on
     */
    public MaskScopes(Duration timeToLive, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.scopes = Caffeine.newBuilder()
                .expireAfterAccess(timeToLive)
                .maximumSize(MAX_SCOPES)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** Whether {@code id} may name a scope: 1 to 128 letters, digits, {@code . _ : -}. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The scope named {@code id}, opened now if it is not open.
     *
     * @throws IllegalArgumentException when the ID is not valid (see {@link #isValidId})
     */
    public MaskScope scope(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("scope id must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
        }
        return scopes.get(id, MaskScope::new);
    }

    /** How many scopes are open. */
    public long size() {
        scopes.cleanUp();
        return scopes.estimatedSize();
    }
}
