package io.winnow.analyst.llm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads llama.cpp's Java binding once, taming two habits of its loader: it deletes every file named
 * {@code llama*} or {@code jllama*} in the temporary directory before extracting its library there, and it prints
 * the extraction to standard output, where {@code winnow analyze --json} writes its results. The library is
 * therefore extracted into a private directory of this process, and standard output is pointed at standard error
 * while the class initialises. Both are process-wide, which is why they happen here, once.
 */
final class NativeLlama {
    private static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";
    private static final Object LOCK = new Object();

    private NativeLlama() {
    }

    /**
     * Makes sure the native library is loaded.
     *
     * @throws UnsatisfiedLinkError when it cannot be loaded on this machine
     */
    static void load() {
        synchronized (LOCK) {
            if (System.getProperty(TMPDIR_PROPERTY) == null) {
                System.setProperty(TMPDIR_PROPERTY, privateDirectory().toString());
            }
            PrintStream out = System.out;
            System.setOut(System.err);
            try {
                Class.forName("de.kherud.llama.LlamaModel", true, NativeLlama.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new UnsatisfiedLinkError("the llama.cpp binding is not on the class path");
            } catch (ExceptionInInitializerError e) {
                throw e.getCause() instanceof UnsatisfiedLinkError link ? link
                        : new UnsatisfiedLinkError("the llama.cpp native library failed to initialise");
            } finally {
                System.setOut(out);
            }
        }
    }

    private static Path privateDirectory() {
        try {
            Path dir = Files.createTempDirectory("winnow-llama-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UnsatisfiedLinkError("cannot create a private directory for the llama.cpp library");
        }
    }
}
