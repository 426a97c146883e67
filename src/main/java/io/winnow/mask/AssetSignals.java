package io.winnow.mask;

/**
 * What the operator's asset lists say about an alert, decided on the unmasked alert before masking and passed on
 * as booleans only: an analyst learns that the host is in production without learning the host's name.
 *
 * @param production         the host matches {@code analyst.production_hosts}
 * @param crownJewel         a file or command line touches a path in {@code analyst.crown_jewel_paths}
 * @param privilegedUser     a user of the alert is in {@code analyst.privileged_users}
 * @param allowListedScanner the source address or a scanner name is in {@code analyst.scanner_allowlist}
 */
public record AssetSignals(boolean production, boolean crownJewel, boolean privilegedUser,
                           boolean allowListedScanner) {
    /** Nothing known about the assets. */
    public static final AssetSignals NONE = new AssetSignals(false, false, false, false);

    /** Whether any signal is set. */
    public boolean any() {
        return production || crownJewel || privilegedUser || allowListedScanner;
    }
}
