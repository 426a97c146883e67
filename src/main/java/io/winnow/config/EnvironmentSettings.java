package io.winnow.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code WINNOW_*} environment variables, and for secret keys the {@code WINNOW_*_FILE} variables that name
 * a file holding the value (Docker secrets). A file overrides the plain variable; setting both is a problem. Any
 * other {@code WINNOW_*} variable is a problem, so that a typo cannot pass silently.
 */
final class EnvironmentSettings {
    /** Variables that are not keys: the launcher and the loader read them themselves. */
    static final Set<String> RESERVED = Set.of("WINNOW_CONFIG", "WINNOW_HOME");
    static final int MAX_SECRET_FILE_BYTES = 64 * 1024;

    private static final String PREFIX = "WINNOW_";
    private static final String FILE_SUFFIX = "_FILE";

    private final Map<String, String> environment;
    private final FileSystem fs;
    private final Map<ConfigKey, Setting> settings;
    private final Problems problems;

    EnvironmentSettings(Map<String, String> environment, FileSystem fs, Map<ConfigKey, Setting> settings, Problems problems) {
        this.environment = new TreeMap<>(environment);
        this.fs = fs;
        this.settings = settings;
        this.problems = problems;
    }

    void addAll() {
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !RESERVED.contains(name) && !isFileVariable(name)) {
                addPlain(name, value);
            }
        });
        // Second pass: a secret file outranks the plain variable.
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !RESERVED.contains(name) && isFileVariable(name)) {
                addFile(name, value);
            }
        });
    }

    private static boolean isFileVariable(String name) {
        return name.endsWith(FILE_SUFFIX) && ConfigKeys.byEnvironmentVariable(name).isEmpty();
    }

    private void addPlain(String name, String value) {
        Optional<ConfigKey> key = ConfigKeys.byEnvironmentVariable(name);
        if (key.isPresent()) {
            settings.put(key.get(), new Setting.FromText(value, "from " + name));
        } else {
            unknown(name);
        }
    }

    private void addFile(String name, String fileName) {
        String plain = name.substring(0, name.length() - FILE_SUFFIX.length());
        Optional<ConfigKey> key = ConfigKeys.byEnvironmentVariable(plain);
        if (key.isEmpty()) {
            unknown(name);
        } else if (!key.get().secret()) {
            problems.add(name + ": only secret keys (names ending in api_key, password, token or secret) can be read"
                    + " from a file; set " + plain + " instead");
        } else if (environment.containsKey(plain)) {
            problems.add(plain + " and " + name + " are both set; set only one of them");
        } else {
            readSecretFile(name, fileName).ifPresent(secret ->
                    settings.put(key.get(), new Setting.FromText(secret, "from the file named by " + name)));
        }
    }

    private Optional<String> readSecretFile(String variable, String fileName) {
        if (fileName.isBlank()) {
            problems.add(variable + ": is empty; it must name a file");
            return Optional.empty();
        }
        try {
            Path file = fs.getPath(fileName);
            if (Files.size(file) > MAX_SECRET_FILE_BYTES) {
                problems.add(variable + ": the file it names is larger than " + MAX_SECRET_FILE_BYTES + " bytes");
                return Optional.empty();
            }
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return Optional.of(withoutTrailingNewline(content));
        } catch (CharacterCodingException e) {
            problems.add(variable + ": the file it names is not UTF-8 text");
        } catch (NoSuchFileException e) {
            problems.add(variable + ": cannot read the file it names (no such file)");
        } catch (AccessDeniedException e) {
            problems.add(variable + ": cannot read the file it names (permission denied)");
        } catch (IOException | InvalidPathException | SecurityException e) {
            problems.add(variable + ": cannot read the file it names (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    /** Docker and {@code echo} add one newline; anything else in the file is part of the secret. */
    static String withoutTrailingNewline(String content) {
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }

    private void unknown(String name) {
        problems.add(Problems.clean(name) + ": unknown environment variable"
                + NearestName.to(name, ConfigKeys.environmentVariables()).map(n -> " (did you mean " + n + "?)").orElse(""));
    }
}
