package io.winnow.config;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads and validates Winnow's configuration. Sources, lowest precedence first: the defaults, the YAML file, the
 * {@code WINNOW_*} environment variables, the {@code WINNOW_*_FILE} secret files, the command-line overrides. Every
 * problem is collected and reported at once in a {@link ConfigException}; nothing is half-loaded.
 */
public final class ConfigLoader {
    /** The file looked for in the working directory when neither a file nor {@code WINNOW_CONFIG} is given. */
    public static final String DEFAULT_FILE = "winnow.yaml";

    private final Map<String, String> environment;
    private final FileSystem fs;
    private final YamlReader yaml = new YamlReader();
    private final ConfigBinder binder = new ConfigBinder();

    /**
     * @param environment the environment variables to read, normally {@link System#getenv()}
     * @param fs          the file system that config and secret file names refer to
     */
    public ConfigLoader(Map<String, String> environment, FileSystem fs) {
        this.environment = Map.copyOf(environment);
        this.fs = Objects.requireNonNull(fs, "fs");
    }

    /** A loader reading the process environment and the default file system. */
    public static ConfigLoader fromSystem() {
        return new ConfigLoader(System.getenv(), FileSystems.getDefault());
    }

    /**
     * Loads the configuration.
     *
     * @param file      the YAML file ({@code --config}), or null: then {@code WINNOW_CONFIG} if set, else
     *                  {@code ./winnow.yaml} if it exists, else only defaults and the environment
     * @param overrides command-line settings by key, for example {@code "server.port" -> "9090"}; applied last
     * @throws ConfigException listing every problem found
     */
    public WinnowConfig load(Path file, Map<String, String> overrides) throws ConfigException {
        Problems problems = new Problems();
        Map<ConfigKey, Setting> settings = new HashMap<>();
        configFile(file, problems).ifPresent(path -> readFile(path, settings, problems));
        new EnvironmentSettings(environment, fs, settings, problems).addAll();
        addOverrides(overrides == null ? Map.of() : overrides, settings, problems);
        Map<ConfigKey, Object> values = resolve(settings, problems);
        problems.throwIfAny();
        return binder.bind(values);
    }

    /** Every key with its type, default and one line of documentation, in documentation order. */
    public static List<KeyDoc> keys() {
        return ConfigKeys.ALL.stream().map(ConfigKey::doc).toList();
    }

    private Optional<Path> configFile(Path file, Problems problems) {
        if (file != null) {
            return mustExist(file, "config file " + file, problems);
        }
        String named = environment.get("WINNOW_CONFIG");
        if (named != null) {
            try {
                return mustExist(fs.getPath(named), "WINNOW_CONFIG: config file " + named, problems);
            } catch (InvalidPathException e) {
                problems.add("WINNOW_CONFIG: is not a valid path");
                return Optional.empty();
            }
        }
        Path local = fs.getPath(DEFAULT_FILE);
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    private static Optional<Path> mustExist(Path file, String what, Problems problems) {
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        problems.add(what + ": not found" + (Files.isDirectory(file) ? " (it is a directory)" : ""));
        return Optional.empty();
    }

    private void readFile(Path file, Map<ConfigKey, Setting> settings, Problems problems) {
        String name = file.toString();
        try {
            if (Files.size(file) > YamlReader.MAX_BYTES) {
                problems.add("config file " + name + ": larger than " + YamlReader.MAX_BYTES + " bytes");
                return;
            }
            YamlNode.Mapping root = yaml.read(Files.readAllBytes(file));
            new FileSettings(name, settings, problems).addAll(root);
        } catch (YamlReader.Invalid e) {
            problems.add("config file " + name + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            problems.add("config file " + name + ": not found");
        } catch (IOException | SecurityException e) {
            problems.add("config file " + name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void addOverrides(Map<String, String> overrides, Map<ConfigKey, Setting> settings, Problems problems) {
        overrides.forEach((name, value) -> {
            Optional<ConfigKey> key = ConfigKeys.byName(name);
            if (key.isEmpty()) {
                problems.add(Problems.clean(String.valueOf(name)) + ": unknown key on the command line"
                        + NearestName.to(String.valueOf(name), ConfigKeys.namesAndSections())
                                .map(n -> " (did you mean " + n + "?)").orElse(""));
            } else if (value == null) {
                problems.add(name + ": no value given on the command line");
            } else {
                settings.put(key.get(), new Setting.FromText(value, "from the command line"));
            }
        });
    }

    /** Each key's winning value, parsed and checked; a problem per refused value. */
    private Map<ConfigKey, Object> resolve(Map<ConfigKey, Setting> settings, Problems problems) {
        Map<ConfigKey, Object> values = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            Setting setting = settings.get(key);
            if (setting == null) {
                values.put(key, key.defaultValue());
                continue;
            }
            ValueType.Parsed parsed = setting.parse(key.type());
            Optional<String> refusal = parsed.failed()
                    ? Optional.of(parsed.problem())
                    : key.type().check(parsed.value(), fs);
            refusal.ifPresentOrElse(
                    reason -> problems.add(key.name() + ": " + reason + " (" + setting.origin() + ")"),
                    () -> values.put(key, parsed.value()));
        }
        return values;
    }
}
