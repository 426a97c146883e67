package io.winnow.attack;

/**
 * The ATT&CK catalog could not be loaded: the bundled resources are damaged, or a STIX bundle the user supplied
 * (config key {@code attack.stix_path}) is missing, unreadable or not an ATT&CK bundle. Not retriable: the same
 * file gives the same error until someone fixes it. The message names the path and the reason.
 */
public final class AttackCatalogException extends RuntimeException {
    public AttackCatalogException(String message) {
        super(message);
    }

    public AttackCatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always false: loading again from the same file fails the same way. */
    public boolean retriable() {
        return false;
    }
}
