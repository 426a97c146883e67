package io.winnow.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Winnow's whole configuration, validated. Built by {@link ConfigLoader}; every component is non-null. The keys,
 * their defaults and documentation are listed by {@link ConfigLoader#keys()}: a record component {@code maxBodyBytes}
 * in section {@code server} is the key {@code server.max_body_bytes}.
 */
public record WinnowConfig(Server server, Store store, Attack attack, Triage triage, Cache cache, Log log, Llm llm,
                           Analyst analyst, Mask mask) {

    public WinnowConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(attack, "attack");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(mask, "mask");
    }

    /** Every key at its default. */
    public static WinnowConfig defaults() {
        return new ConfigBinder().bind(ConfigKeys.defaults());
    }

    /**
     * Every key with its value as text, in documentation order. Secrets show as {@code [hidden]} or {@code [empty]}
     * and credentials inside URLs are hidden, so the result is safe to print (for example by {@code winnow config}).
     */
    public Map<String, String> settings() {
        return new ConfigBinder().settings(this);
    }

    /**
     * The HTTP server.
     *
     * @param host         address to bind to
     * @param port         TCP port, 0–65535 (0 picks a free port)
     * @param maxBodyBytes largest accepted request body in bytes; larger requests are answered with 413
     */
    public record Server(String host, int port, long maxBodyBytes) {
    }

    /**
     * Where analyses are stored.
     *
     * @param url      a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL, or empty for the embedded SQLite
     *                 database under {@code dataDir}
     * @param user     database user, empty when the URL or the database needs none
     * @param password database password
     * @param dataDir  directory for Winnow's own files, the embedded database among them
     */
    public record Store(String url, String user, Secret password, String dataDir) {
        private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");
        private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");

        /** The JDBC URL to connect to: {@link #url()}, or {@code jdbc:sqlite:<dataDir>/winnow.db} when that is empty. */
        public String jdbcUrl() {
            if (!url.isBlank()) {
                return url;
            }
            String dir = dataDir.endsWith("/") ? dataDir.substring(0, dataDir.length() - 1) : dataDir;
            return "jdbc:sqlite:" + dir + "/winnow.db";
        }

        /** Hides a password written into the URL itself ({@code user:pw@host} or {@code ?password=}). */
        static String redactUrl(String url) {
            String hidden = USER_INFO.matcher(url).replaceAll("$1[hidden]@");
            return PASSWORD_PARAM.matcher(hidden).replaceAll("$1[hidden]");
        }

        @Override
        public String toString() {
            return "Store[url=" + redactUrl(url) + ", user=" + user + ", password=" + password + ", dataDir=" + dataDir + "]";
        }
    }

    /**
     * The ATT&CK catalog.
     *
     * @param stixPath a STIX 2.1 bundle to load instead of the bundled catalog, or empty for the bundled one
     */
    public record Attack(String stixPath) {
    }

    /**
     * The triage pipeline.
     *
     * @param batchMaxAlerts         most alerts accepted in one batch request
     * @param concurrency            alerts analysed at the same time
     * @param lowConfidenceThreshold below this confidence (0–1) a verdict becomes "needs investigation"
     * @param retryIntervalSeconds   seconds between retries of failed analyses
     */
    public record Triage(int batchMaxAlerts, int concurrency, double lowConfidenceThreshold, int retryIntervalSeconds) {
    }

    /**
     * The finding cache: identical alerts (same fingerprint) reuse a model's finding.
     *
     * @param enabled    whether findings are reused at all
     * @param ttl        how long a finding is reused after it was made
     * @param maxEntries most fingerprints remembered
     */
    public record Cache(boolean enabled, java.time.Duration ttl, long maxEntries) {
    }

    /**
     * Logging.
     *
     * @param level one of {@code trace}, {@code debug}, {@code info}, {@code warn}, {@code error}
     */
    public record Log(String level) {
    }

    /**
     * The language model behind the analyses, if any, and its fallback.
     *
     * @param provider           {@code builtin}, {@code ollama}, {@code openai}, {@code anthropic} or {@code gguf}
     * @param model              model name, empty for the provider's default
     * @param baseUrl            the API's base URL, empty for the provider's default
     * @param timeout            how long one request may take, positive
     * @param maxRetries         further attempts after a rate limit or a server error
     * @param maxConcurrency     requests in flight at once
     * @param apiKey             the API key, possibly empty
     * @param modelPath          the GGUF model file, empty unless a provider is {@code gguf}
     * @param fallback           the model asked when the first one fails
     * @param allowUnmaskedCloud whether a cloud provider may run while masking is off
     */
    public record Llm(String provider, String model, String baseUrl, Duration timeout, int maxRetries, int maxConcurrency,
                      Secret apiKey, String modelPath, Fallback fallback, boolean allowUnmaskedCloud) {
        public Llm {
            Objects.requireNonNull(fallback, "fallback");
        }

        /**
         * The fallback model.
         *
         * @param provider {@code none}, {@code ollama}, {@code openai}, {@code anthropic} or {@code gguf}
         * @param model    model name, empty for the provider's default
         * @param baseUrl  the API's base URL, empty for the provider's default
         * @param apiKey   the API key, possibly empty
         * @param timeout  how long one request may take, positive
         */
        public record Fallback(String provider, String model, String baseUrl, Secret apiKey, Duration timeout) {
        }
    }

    /**
     * The built-in analyst.
     *
     * @param similarity how techniques are ranked for alerts nothing else explains: {@code auto}, {@code embedding},
     *                   {@code lexical} or {@code off} (see {@code SimilarityMode})
     */
    public record Analyst(String similarity) {
    }

    /**
     * Privacy masking, before any text could reach a model.
     *
     * @param enabled            false sends alerts unmasked
     * @param level              {@code minimal}, {@code standard} or {@code strict}
     * @param ips                mask IP addresses
     * @param users              mask user names that are not system accounts
     * @param hosts              mask host and domain names
     * @param emails             mask email addresses
     * @param macs               mask MAC addresses
     * @param containers         mask container IDs
     * @param secrets            redact keys, tokens, passwords and credentials
     * @param keepSystemAccounts keep system accounts visible
     * @param allow              values never replaced by a token
     * @param deny               extra terms always masked
     * @param scopeTtlMinutes    minutes an unused case or chat scope keeps its tokens
     */
    public record Mask(boolean enabled, String level, boolean ips, boolean users, boolean hosts, boolean emails,
                       boolean macs, boolean containers, boolean secrets, boolean keepSystemAccounts,
                       java.util.List<String> allow, java.util.List<String> deny, int scopeTtlMinutes) {
        public Mask {
            allow = java.util.List.copyOf(allow);
            deny = java.util.List.copyOf(deny);
        }
    }
}
