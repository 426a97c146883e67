package io.winnow.web.console;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.store.AnalysisQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's filters as the form submits them, checked. Empty strings mean "any".
 *
 * @param severity  a {@link Severity} name or empty
 * @param verdict   a {@link Verdict} name or empty
 * @param analyst   an {@link AnalystVerdict} name, {@code UNREVIEWED}, {@code REVIEWED} or empty
 * @param technique a technique ID or empty
 * @param host      a host name or empty
 * @param range     {@code 1h}, {@code 24h}, {@code 7d}, {@code 30d} or empty for all time
 * @param offset    rows of the log skipped, 0 or more
 */
public record DashboardFilter(String severity, String verdict, String analyst, String technique, String host,
                              String range, int offset) {
    public static final int PAGE = 50;
    private static final Map<String, Duration> RANGES = Map.of("1h", Duration.ofHours(1), "24h", Duration.ofHours(24),
            "7d", Duration.ofDays(7), "30d", Duration.ofDays(30));

    /** Reads and checks the query parameters; an invalid one is a 400 naming it. */
    static DashboardFilter parse(Function<String, String> params) {
        String severity = choice(params, "severity", s -> Severity.valueOf(s).name());
        String verdict = choice(params, "verdict", s -> Verdict.valueOf(s).name());
        String analyst = choice(params, "analyst", s -> s.equals("UNREVIEWED") || s.equals("REVIEWED") ? s
                : AnalystVerdict.valueOf(s).name());
        String technique = value(params, "technique").toUpperCase(Locale.ROOT);
        if (!technique.isEmpty() && !technique.matches("T\\d{4}(\\.\\d{3})?")) {
            throw ConsoleException.badField("technique", "must be a technique ID such as T1059.004");
        }
        String range = value(params, "range");
        if (!range.isEmpty() && !RANGES.containsKey(range)) {
            throw ConsoleException.badField("range", "must be 1h, 24h, 7d or 30d");
        }
        String offsetText = value(params, "offset");
        int offset;
        try {
            offset = offsetText.isEmpty() ? 0 : Integer.parseInt(offsetText);
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (offset < 0) {
            throw ConsoleException.badField("offset", "must be a whole number, 0 or more");
        }
        return new DashboardFilter(severity, verdict, analyst, technique, value(params, "host"), range, offset);
    }

    /** The log's page of this filter; the dashboard's counts use the same filter. */
    AnalysisQuery query(Clock clock) {
        Instant from = range.isEmpty() ? null : clock.instant().minus(RANGES.get(range));
        AnalystVerdict byAnalyst = analyst.isEmpty() || analyst.endsWith("REVIEWED") ? null
                : AnalystVerdict.valueOf(analyst);
        Boolean reviewed = analyst.equals("REVIEWED") ? Boolean.TRUE : analyst.equals("UNREVIEWED") ? Boolean.FALSE
                : null;
        return new AnalysisQuery(from, null, severity.isEmpty() ? null : Severity.valueOf(severity),
                verdict.isEmpty() ? null : Verdict.valueOf(verdict), technique.isEmpty() ? null : technique,
                host.isEmpty() ? null : host, PAGE, offset, byAnalyst, reviewed);
    }

    /** A link to the dashboard with this filter at another offset of the log. */
    public String pageLink(int newOffset) {
        return link(Map.of("offset", Integer.toString(newOffset)));
    }

    /** A link to the dashboard with this filter narrowed to one host. */
    public String hostLink(String value) {
        return link(Map.of("host", value, "offset", "0"));
    }

    /** A link to the dashboard with this filter narrowed to one technique. */
    public String techniqueLink(String value) {
        return link(Map.of("technique", value, "offset", "0"));
    }

    private String link(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("severity", severity);
        params.put("verdict", verdict);
        params.put("analyst", analyst);
        params.put("technique", technique);
        params.put("host", host);
        params.put("range", range);
        params.put("offset", Integer.toString(offset));
        params.putAll(changes);
        StringBuilder url = new StringBuilder("/ui");
        params.forEach((k, v) -> {
            if (!v.isEmpty() && !(k.equals("offset") && v.equals("0"))) {
                url.append(url.length() == 3 ? '?' : '&').append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return url.toString();
    }

    private static String choice(Function<String, String> params, String name, Function<String, String> check) {
        String raw = value(params, name).toUpperCase(Locale.ROOT);
        if (raw.isEmpty()) {
            return raw;
        }
        try {
            return check.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ConsoleException.badField(name, "is not one of the listed choices");
        }
    }

    private static String value(Function<String, String> params, String name) {
        String raw = params.apply(name);
        if (raw == null) {
            return "";
        }
        if (raw.length() > 200) {
            throw ConsoleException.badField(name, "too long (max 200 characters)");
        }
        return raw.strip();
    }
}
