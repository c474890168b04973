package io.videogen.infrastructure.ai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a provider's answer beside its target and moves it into place, so no reader sees half a file. */
public final class WholeFile {

    private WholeFile() {
    }

    public static void write(byte[] bytes, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
