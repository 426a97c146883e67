package io.winnow;

import io.winnow.config.ConfigLoader;
import io.winnow.config.WinnowConfig;
import io.winnow.triage.Engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Real engines for tests: the production wiring of {@link App} on a store in a temporary directory. */
public final class TestEngines {
    private TestEngines() {
    }

    public static WinnowConfig config(Path dataDir, Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.put("store.data_dir", dataDir.toString());
        return new ConfigLoader(Map.of(), FileSystems.getDefault()).load(null, all);
    }

    public static Engine sqlite(Path dataDir) {
        return App.open(config(dataDir, Map.of()));
    }
}
