package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name in the target's directory and moved over the target only
 * when complete, so a crash or failure never leaves something that looks like a finished artefact.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    static AtomicOutput to(Path target) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            // Keep the extension: FFmpeg's muxers and ImageIO do not care, but people reading a dir do.
            String suffix = dot > 0 ? name.substring(dot) : ".tmp";
            Path temporary = Files.createTempFile(directory, "." + (dot > 0 ? name.substring(0, dot) : name) + "-", ".partial" + suffix);
            return new AtomicOutput(target.toAbsolutePath(), temporary);
        } catch (IOException e) {
            throw new RenderStepException("cannot create a temporary file next to " + target + ": " + e.getMessage(), false, e);
        }
    }

    Path temporary() {
        return temporary;
    }

    void commit() {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        } catch (IOException e) {
            throw new RenderStepException("cannot move the finished file to " + target + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover ".partial" file is harmless: nothing mistakes it for a result.
            }
        }
    }
}
