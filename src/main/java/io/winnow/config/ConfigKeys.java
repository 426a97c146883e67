package io.winnow.config;

import io.winnow.config.ValueType.Choice;
import io.winnow.config.ValueType.Decimal;
import io.winnow.config.ValueType.Flag;
import io.winnow.config.ValueType.JdbcUrl;
import io.winnow.config.ValueType.OptionalPath;
import io.winnow.config.ValueType.SecretText;
import io.winnow.config.ValueType.Text;
import io.winnow.config.ValueType.TextList;
import io.winnow.config.ValueType.TimeSpan;
import io.winnow.config.ValueType.TextList;
import io.winnow.config.ValueType.WholeNumber;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * THE table of configuration keys. Defaults, environment variable names, validation and documentation all derive
 * from it. To add a key, add a row here and the matching component to the record in {@link WinnowConfig}
 * ({@code section.snake_case_name} ↔ {@code section().camelCaseName()}); the tests fail when the two disagree.
 * A key whose name ends in {@code api_key}, {@code password}, {@code token} or {@code secret} must be a {@link SecretText}.
 */
final class ConfigKeys {
    static final List<ConfigKey> ALL = List.of(
            row("server.host", new Text(false), "127.0.0.1",
                    "Address the HTTP server listens on; 0.0.0.0 listens on every interface."),
            row("server.port", new WholeNumber(0, 65_535), 8080L,
                    "TCP port of the HTTP server; 0 picks a free port."),
            row("server.max_body_bytes", new WholeNumber(1, Integer.MAX_VALUE), 1_048_576L,
                    "Largest request body accepted, in bytes; a larger one is answered with 413 payload_too_large."),
            row("store.url", new JdbcUrl(List.of("jdbc:sqlite:", "jdbc:postgresql:")), "",
                    "JDBC URL of the database; empty means the embedded SQLite database winnow.db in store.data_dir."),
            row("store.user", new Text(true), "",
                    "Database user, for PostgreSQL."),
            row("store.password", new SecretText(), Secret.empty(),
                    "Database password, for PostgreSQL."),
            row("store.data_dir", new Text(false), "./data",
                    "Directory for Winnow's own files, the embedded SQLite database among them."),
            row("attack.stix_path", OptionalPath.file(), "",
                    "A MITRE ATT&CK Enterprise STIX 2.1 bundle to load instead of the bundled catalog (v18.1); empty means the bundled one."),
            row("triage.batch_max_alerts", new WholeNumber(1, 10_000), 50L,
                    "Most alerts accepted by one POST /batch request; more are answered with 413."),
            row("triage.concurrency", new WholeNumber(1, 1_024), 8L,
                    "Alerts analysed at the same time."),
            row("triage.low_confidence_threshold", new Decimal(0.0, 1.0), 0.7,
                    "Below this confidence the verdict becomes NEEDS_INVESTIGATION, with a low_confidence_reason."),
            row("triage.retry_interval_seconds", new WholeNumber(1, 86_400), 60L,
                    "Seconds between retries of analyses that failed."),
            row("cache.enabled", new Flag(), true,
                    "Reuse a model's finding for identical alerts (same fingerprint); applies when an LLM analyses alerts."),
            row("cache.ttl", new TimeSpan(Duration.ofSeconds(1), Duration.ofHours(168)), Duration.ofHours(1),
                    "How long a finding is reused after it was made, and how long an unseen fingerprint keeps its dedup count."),
            row("cache.max_entries", new WholeNumber(1, 10_000_000), 10_000L,
                    "Most fingerprints remembered; the least recently used are dropped first."),
            row("log.level", new Choice(List.of("trace", "debug", "info", "warn", "error")), "info",
                    "Least severe log level written."),
            row("llm.provider", new Choice(List.of("auto", "builtin", "ollama", "openai", "anthropic", "gguf")), "auto",
                    "Where analyses come from: auto uses an Ollama server on localhost if one answers at start, else the built-in analyst alone; builtin, or a model (openai also means any server speaking its API)."),
            row("llm.model", new Text(true), "",
                    "Model name; empty means the provider's default (llama3.1, gpt-4o-mini, claude-haiku-4-5; for gguf the file's name)."),
            row("llm.base_url", new Text(true), "",
                    "The API's base URL; empty means the provider's default (http://localhost:11434 for ollama, https://api.openai.com/v1, https://api.anthropic.com/v1/)."),
            row("llm.timeout", new TimeSpan(Duration.ofMillis(100), Duration.ofMinutes(10)), Duration.ofSeconds(5),
                    "How long one request to the model may take before the analysis fails over."),
            row("llm.max_retries", new WholeNumber(0, 10), 1L,
                    "Further attempts after a rate limit (429) or a server error; timeouts and unreachable servers are not retried."),
            row("llm.max_concurrency", new WholeNumber(1, 1_024), 8L,
                    "Requests to the model in flight at once; more alerts wait their turn."),
            row("llm.api_key", new SecretText(), Secret.empty(),
                    "API key; empty means OPENAI_API_KEY or ANTHROPIC_API_KEY (or their _FILE forms) when the provider is at its own address."),
            row("llm.model_path", OptionalPath.file(), "",
                    "The GGUF model file run in the process when a provider is gguf; never downloaded."),
            row("llm.fallback.provider", new Choice(List.of("none", "ollama", "openai", "anthropic", "gguf")), "none",
                    "The model asked when the first one fails; the built-in analyst always comes last."),
            row("llm.fallback.model", new Text(true), "",
                    "The fallback's model name; empty means its provider's default."),
            row("llm.fallback.base_url", new Text(true), "",
                    "The fallback's base URL; empty means its provider's default."),
            row("llm.fallback.api_key", new SecretText(), Secret.empty(),
                    "The fallback's API key; empty means its provider's standard variable, as for llm.api_key."),
            row("llm.fallback.timeout", new TimeSpan(Duration.ofMillis(100), Duration.ofMinutes(10)), Duration.ofSeconds(5),
                    "How long one request to the fallback may take."),
            row("llm.allow_unmasked_cloud", new Flag(), false,
                    "Let a cloud provider (anthropic, or openai at its own address) run while masking is off."),
            row("mask.enabled", new Flag(), true,
                    "Mask sensitive values before any text could reach a model; false sends alerts as they are."),
            row("mask.level", new Choice(List.of("minimal", "standard", "strict")), "standard",
                    "minimal: secrets, IPs, MACs, emails, container IDs; standard: also user and host names; strict: also looser domain shapes and random-looking strings."),
            row("mask.ips", new Flag(), true, "Mask IP addresses (internal, external, cloud metadata)."),
            row("mask.users", new Flag(), true, "Mask user names that are not system accounts."),
            row("mask.hosts", new Flag(), true, "Mask host names and domain names."),
            row("mask.emails", new Flag(), true, "Mask email addresses."),
            row("mask.macs", new Flag(), true, "Mask MAC addresses."),
            row("mask.containers", new Flag(), true, "Mask container IDs."),
            row("mask.secrets", new Flag(), true, "Redact keys, tokens, passwords and credentials (irreversibly)."),
            row("mask.keep_system_accounts", new Flag(), true,
                    "Keep system accounts (root, daemon, www-data, SYSTEM, LOCAL SERVICE ...) visible, since they matter to triage."),
            row("mask.allow", new TextList(), List.of(),
                    "Values never replaced by a token, compared without case, such as public resolvers 8.8.8.8, 1.1.1.1."),
            row("mask.deny", new TextList(), List.of(),
                    "Extra terms always masked, compared without case: customer names become [TERM-n], a domain masks every host under it."),
            row("mask.scope_ttl_minutes", new WholeNumber(1, 10_080), 120L,
                    "Minutes an unused case or chat scope (?scope=) keeps its tokens."),
            row("analyst.similarity", new Choice(List.of("auto", "embedding", "lexical", "off")), "auto",
                    "How the built-in analyst ranks techniques for alerts that nothing else explains: auto (the MiniLM model blended with the lexical index if the model loads, else lexical), embedding (the same, warning if the model cannot load), lexical or off."),
            row("analyst.patterns_dir", OptionalPath.directory(), "",
                    "Directory of extra behaviour pattern files (.yaml or .yml) for the built-in analyst, checked at start like the bundled ones; empty means none."),
            row("analyst.production_hosts", new TextList(), List.of(),
                    "Host names that are production, as globs in which a star matches any run of characters: their alerts are rated one step more severe."),
            row("analyst.crown_jewel_paths", new TextList(), List.of(),
                    "Paths of the most sensitive files, as globs (such as /etc/shadow or */.aws/credentials): alerts whose file or command line touches one are rated one step more severe."),
            row("analyst.privileged_users", new TextList(), List.of(),
                    "Accounts (such as root or Administrator) whose alerts are rated one step more severe."),
            row("analyst.scanner_allowlist", new TextList(), List.of(),
                    "Approved scanners: IPv4 addresses or CIDR blocks matched against source addresses, or names matched as words in the alert; their alerts become benign positives."));

    private ConfigKeys() {
    }

    private static ConfigKey row(String name, ValueType type, Object defaultValue, String description) {
        return new ConfigKey(name, type, defaultValue, description);
    }

    /** Every key at its default, in table order. */
    static Map<ConfigKey, Object> defaults() {
        Map<ConfigKey, Object> values = new LinkedHashMap<>();
        ALL.forEach(key -> values.put(key, key.defaultValue()));
        return values;
    }

    static Optional<ConfigKey> byName(String name) {
        return ALL.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    static Optional<ConfigKey> byEnvironmentVariable(String variable) {
        return ALL.stream().filter(key -> key.environmentVariable().equals(variable)).findFirst();
    }

    /** Whether {@code path} names a section: a proper prefix of at least one key, such as {@code server}. */
    static boolean isSection(String path) {
        return ALL.stream().anyMatch(key -> key.name().startsWith(path + "."));
    }

    /** Every key and section name, for "did you mean" suggestions. */
    static List<String> namesAndSections() {
        return ALL.stream()
                .flatMap(key -> Stream.of(key.name(), key.name().substring(0, key.name().lastIndexOf('.'))))
                .distinct()
                .toList();
    }

    /** Every environment variable Winnow reads for a key, {@code _FILE} forms included. */
    static List<String> environmentVariables() {
        return ALL.stream()
                .flatMap(key -> Stream.concat(Stream.of(key.environmentVariable()), key.fileVariable().stream()))
                .toList();
    }
}
