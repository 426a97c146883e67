package io.winnow.mask;

import java.util.Locale;

/**
 * The kinds of value that can be switched on and off one by one ({@code mask.ips}, {@code mask.users} …). A kind
 * is masked when its switch is on and the {@link MaskLevel} covers it.
 */
public enum MaskCategory {
    /** IPv4 and IPv6 addresses, internal, external and cloud metadata. */
    IPS,
    /** User names that are not system accounts. */
    USERS,
    /** Host names and fully qualified domain names. */
    HOSTS,
    EMAILS,
    MACS,
    /** Container IDs, 12 or 64 hex characters in a container context. */
    CONTAINERS,
    /** Keys, tokens, passwords, credentials: always redacted irreversibly. */
    SECRETS;

    /** The switch's name in the configuration, {@code ips}, {@code users} … */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
