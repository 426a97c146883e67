package io.winnow.analyst.builtin;

import io.winnow.attack.AttackCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in analyst's knowledge base of behaviour patterns: the bundled files (one per platform, plus rule-name
 * signals and known-benign activity) and any files in a user directory. Every pattern is checked when the library
 * is loaded; any problem in any file stops the load with a {@link PatternFileException} listing all of them.
 * Immutable and thread-safe; load it once at start-up.
 */
public final class PatternLibrary {
    /** The bundled files, under {@code analyst/builtin/patterns/} on the class path. */
    static final List<String> BUNDLED = List.of("linux.yaml", "containers.yaml", "windows.yaml", "macos.yaml",
            "cloud.yaml", "web.yaml", "network.yaml", "auth.yaml", "rules.yaml", "benign.yaml");
    private static final long MAX_FILE_BYTES = 1_048_576;
    private static final int MAX_USER_FILES = 200;

    private final List<BehaviorPattern> patterns;
    private final PatternIndex index;

    private PatternLibrary(List<BehaviorPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.index = new PatternIndex(this.patterns);
    }

    /** The bundled patterns only. */
    public static PatternLibrary bundled(AttackCatalog catalog) {
        return load(catalog, null);
    }

    /**
     * The bundled patterns and those of every {@code *.yaml} or {@code *.yml} file directly in {@code userDirectory}
     * (read in name order).
     *
     * @param userDirectory a directory of pattern files, or null for none
     * @throws PatternFileException listing every problem, if any file or pattern is invalid
     */
    public static PatternLibrary load(AttackCatalog catalog, Path userDirectory) {
        PatternReader reader = new PatternReader(catalog);
        List<BehaviorPattern> all = new ArrayList<>();
        for (String name : BUNDLED) {
            all.addAll(reader.read("bundled/" + name, bundledBytes(name)));
        }
        if (userDirectory != null) {
            for (Path file : userFiles(userDirectory, reader)) {
                byte[] bytes = userBytes(file, reader);
                if (bytes != null) {
                    all.addAll(reader.read(file.toString(), bytes));
                }
            }
        }
        duplicates(all, reader);
        if (!reader.problems().isEmpty()) {
            throw new PatternFileException(reader.problems());
        }
        return new PatternLibrary(all);
    }

    private static void duplicates(List<BehaviorPattern> all, PatternReader reader) {
        Map<String, String> seen = new HashMap<>();
        for (BehaviorPattern p : all) {
            String first = seen.putIfAbsent(p.id(), p.file());
            if (first != null) {
                reader.problem(p.file(), p.id(), "id is already used in " + first);
            }
        }
    }

    private static List<Path> userFiles(Path dir, PatternReader reader) {
        if (!Files.isDirectory(dir)) {
            reader.problem(dir.toString(), "-", "is not a directory");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(f -> {
                String n = f.getFileName().toString();
                return Files.isRegularFile(f) && (n.endsWith(".yaml") || n.endsWith(".yml"));
            }).sorted().toList();
            if (yaml.size() > MAX_USER_FILES) {
                reader.problem(dir.toString(), "-", "holds more than " + MAX_USER_FILES + " pattern files");
                return List.of();
            }
            return yaml;
        } catch (IOException e) {
            reader.problem(dir.toString(), "-", "cannot be listed (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }

    private static byte[] userBytes(Path file, PatternReader reader) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                reader.problem(file.toString(), "-", "is larger than 1 MiB");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            reader.problem(file.toString(), "-", "cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private static byte[] bundledBytes(String name) {
        try (InputStream in = PatternLibrary.class.getResourceAsStream("/analyst/builtin/patterns/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in pattern file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in pattern file " + name, e);
        }
    }

    /** Every pattern that matches the alert, in load order. */
    List<BehaviorPattern> matching(Observables obs) {
        return index.matching(obs);
    }

    List<BehaviorPattern> patterns() {
        return patterns;
    }

    /** How many behaviour patterns (not rule-name or benign ones) the library holds. */
    public int behaviorCount() {
        return (int) patterns.stream().filter(p -> p.role() == PatternRole.BEHAVIOR).count();
    }

    /** Behaviour patterns per platform, by platform name. */
    public Map<String, Integer> behaviorCountByPlatform() {
        Map<String, Integer> counts = new TreeMap<>();
        patterns.stream().filter(p -> p.role() == PatternRole.BEHAVIOR)
                .forEach(p -> counts.merge(p.platform(), 1, Integer::sum));
        return counts;
    }

    int ungatedCount() {
        return index.ungatedCount();
    }
}
