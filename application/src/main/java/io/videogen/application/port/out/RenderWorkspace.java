package io.videogen.application.port.out;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One video's working directory: {@code scripts/ audio/ images/ segments/ final/ logs/}. Every path
 * handed out stays inside it; names are checked so nothing can climb out.
 */
public record RenderWorkspace(Path root) {

    public enum Area { SCRIPTS, AUDIO, IMAGES, SEGMENTS, FINAL, LOGS }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public RenderWorkspace {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public Path area(Area area) throws IOException {
        return Files.createDirectories(root.resolve(area.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public Path file(Area area, String name) throws IOException {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("'" + name + "' is not a safe workspace file name");
        }
        Path file = area(area).resolve(name).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("'" + name + "' would leave the workspace");
        }
        return file;
    }
}
