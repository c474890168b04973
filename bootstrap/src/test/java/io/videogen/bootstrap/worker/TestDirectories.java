package io.videogen.bootstrap.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary directories the worker tests give their processes, removed once those processes are gone. */
final class TestDirectories {

    private TestDirectories() {
    }

    /**
     * Deletes {@code root} and everything below it, as far as it can: a clean-up never fails a test, and
     * what a process still held is left for the system's own clean-up of the temporary directory.
     */
    static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete all of " + root + ": " + e);
        }
    }
}
