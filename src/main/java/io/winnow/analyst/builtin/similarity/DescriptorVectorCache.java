package io.winnow.analyst.builtin.similarity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the technique-descriptor vectors on disk between runs, so that only the first start with a given catalog,
 * keyword file and model pays for embedding them (about 2 s). The file name carries a fingerprint of the model
 * name and of every descriptor sentence, so a changed catalog or keyword file is never served stale vectors.
 * Problems with the directory are logged at debug level and cost only the recomputation.
 */
final class DescriptorVectorCache {
    private static final Logger LOG = LoggerFactory.getLogger(DescriptorVectorCache.class);
    private static final int MAGIC = 0x574e5631; // "WNV1"
    private static final int MAX_DIMENSIONS = 4_096;

    private final Path directory;

    private DescriptorVectorCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in this directory, created when first written. */
    static DescriptorVectorCache in(Path directory) {
        return new DescriptorVectorCache(directory);
    }

    /** No cache: vectors are computed at every start. */
    static DescriptorVectorCache none() {
        return new DescriptorVectorCache(null);
    }

    Optional<List<float[]>> read(String model, List<String> sentences) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(model, sentences);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            int count = in.readInt() == MAGIC ? in.readInt() : -1;
            int dimensions = in.readInt();
            if (count != sentences.size() || dimensions <= 0 || dimensions > MAX_DIMENSIONS) {
                return Optional.empty();
            }
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dimensions];
                for (int j = 0; j < dimensions; j++) {
                    v[j] = in.readFloat();
                }
                vectors.add(v);
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            LOG.debug("similarity: cannot read cached technique vectors ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void write(String model, List<String> sentences, List<float[]> vectors) {
        if (directory == null || vectors.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path file = file(model, sentences);
            Path temp = Files.createTempFile(directory, "vectors", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                out.writeInt(MAGIC);
                out.writeInt(vectors.size());
                out.writeInt(vectors.getFirst().length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.debug("similarity: cannot cache technique vectors ({})", e.getClass().getSimpleName());
        }
    }

    private Path file(String model, List<String> sentences) {
        String key = EmbeddingRanker.fingerprint(model + "\n" + String.join("\n", sentences)).substring(0, 16);
        return directory.resolve("technique-vectors-" + key + ".bin");
    }
}
