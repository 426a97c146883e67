package io.winnow.triage;

import io.winnow.alert.Alert;
import io.winnow.alert.EntityType;
import io.winnow.mask.AssetSignals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides the {@link AssetSignals} of an alert from the operator's lists, on the unmasked alert, before masking:
 * host names and user names may be masked later, and the analyst still learns "production" or "privileged user".
 * Host and path entries are globs ({@code *} any run of characters, {@code ?} one), matched without regard to case;
 * user entries are names ({@code root}, {@code Administrator}, also matching {@code DOMAIN\Administrator});
 * scanner entries are IPv4 addresses or CIDR blocks matched against source addresses, IPv6 addresses matched as
 * written, or names matched as whole words anywhere in the alert (a scanner's host name or user agent).
 * Immutable and thread-safe.
 */
public final class AssetClassifier {
    private static final int MAX_SCAN = 8_192;
    private static final Pattern PATH_TOKEN = Pattern.compile("(?:^|[\\s=\"'(,])((?:/|[A-Za-z]:\\\\|~/)[^\\s\"'),;]*)");
    private static final Pattern USER_TOKEN = Pattern.compile("\\buser(?:name)?=([^\\s,;)]+)");

    private final List<Pattern> productionHosts;
    private final List<Pattern> crownJewelPaths;
    private final List<String> privilegedUsers;
    private final List<long[]> scannerNetworks = new ArrayList<>();
    private final List<Pattern> scannerNames = new ArrayList<>();

    public AssetClassifier(List<String> productionHosts, List<String> crownJewelPaths, List<String> privilegedUsers,
                           List<String> scannerAllowlist) {
        this.productionHosts = productionHosts.stream().map(AssetClassifier::glob).toList();
        this.crownJewelPaths = crownJewelPaths.stream().map(AssetClassifier::glob).toList();
        this.privilegedUsers = privilegedUsers.stream().map(u -> u.strip().toLowerCase(Locale.ROOT)).toList();
        for (String entry : scannerAllowlist) {
            long[] network = Ipv4Block.parse(entry.strip());
            if (network != null) {
                scannerNetworks.add(network);
            } else {
                scannerNames.add(Pattern.compile("(?<![\\w.-])" + Pattern.quote(entry.strip()) + "(?![\\w-])",
                        Pattern.CASE_INSENSITIVE));
            }
        }
    }

    /** A classifier with empty lists: every alert gets {@link AssetSignals#NONE}. */
    public static AssetClassifier none() {
        return new AssetClassifier(List.of(), List.of(), List.of(), List.of());
    }

    public AssetSignals classify(Alert alert) {
        return new AssetSignals(production(alert), crownJewel(alert), privileged(alert), scanner(alert));
    }

    private boolean production(Alert alert) {
        List<String> hosts = new ArrayList<>(alert.valuesOf(EntityType.HOST));
        if (alert.host() != null) {
            hosts.add(alert.host());
        }
        return hosts.stream().anyMatch(h -> productionHosts.stream().anyMatch(p -> p.matcher(h).matches()));
    }

    private boolean crownJewel(Alert alert) {
        if (crownJewelPaths.isEmpty()) {
            return false;
        }
        List<String> paths = new ArrayList<>(alert.valuesOf(EntityType.FILE));
        List<String> texts = new ArrayList<>(alert.valuesOf(EntityType.COMMAND_LINE));
        texts.add(alert.message());
        for (String text : texts) {
            var m = PATH_TOKEN.matcher(clip(text));
            while (m.find()) {
                paths.add(m.group(1));
            }
        }
        return paths.stream().anyMatch(path -> crownJewelPaths.stream().anyMatch(p -> p.matcher(path).matches()));
    }

    private boolean privileged(Alert alert) {
        if (privilegedUsers.isEmpty()) {
            return false;
        }
        List<String> users = new ArrayList<>(alert.valuesOf(EntityType.USER));
        var m = USER_TOKEN.matcher(clip(alert.message()));
        while (m.find()) {
            users.add(m.group(1));
        }
        return users.stream().map(u -> u.toLowerCase(Locale.ROOT))
                .map(u -> u.substring(Math.max(u.lastIndexOf('\\'), u.lastIndexOf('/')) + 1))
                .anyMatch(privilegedUsers::contains);
    }

    private boolean scanner(Alert alert) {
        for (String ip : alert.valuesOf(EntityType.SOURCE_IP)) {
            long address = Ipv4Block.address(ip);
            if (address >= 0 && scannerNetworks.stream().anyMatch(n -> (address & n[1]) == n[0])) {
                return true;
            }
        }
        if (scannerNames.isEmpty()) {
            return false;
        }
        String text = clip(alert.evidenceText());
        return scannerNames.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String clip(String text) {
        return text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** IPv4 addresses and CIDR blocks as numbers; IPv6 entries are matched as names. */
    static final class Ipv4Block {
        private Ipv4Block() {
        }

        /** {network, mask} for {@code a.b.c.d} or {@code a.b.c.d/n}, else null. */
        static long[] parse(String entry) {
            int slash = entry.indexOf('/');
            long address = address(slash < 0 ? entry : entry.substring(0, slash));
            if (address < 0) {
                return null;
            }
            int bits = 32;
            if (slash >= 0) {
                String suffix = entry.substring(slash + 1);
                if (!suffix.matches("\\d{1,2}") || Integer.parseInt(suffix) > 32) {
                    return null;
                }
                bits = Integer.parseInt(suffix);
            }
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return new long[] {address & mask, mask};
        }

        /** The address as a number, or -1 when the text is not a dotted quad. */
        static long address(String text) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return -1;
            }
            long value = 0;
            for (String part : parts) {
                if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                    return -1;
                }
                value = (value << 8) | Integer.parseInt(part);
            }
            return value;
        }
    }
}
