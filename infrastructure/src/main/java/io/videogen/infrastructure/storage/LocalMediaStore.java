package io.videogen.infrastructure.storage;

import io.videogen.application.port.out.MediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Media on the local file system under {@code <data-dir>/media}. Files are written to a temporary
 * name and renamed into place, so a reader sees the old file or the whole new one, never half.
 */
@ApplicationScoped
class LocalMediaStore implements MediaStore {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*/?");

    private final Path root;

    LocalMediaStore(StorageConfig config) throws IOException {
        this.root = Files.createDirectories(config.dataDir().resolve("media")).toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            put(key, in);
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(content, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) throws IOException {
        Path file = path(key);
        return Files.isRegularFile(file) ? Optional.of(new StoredFile(key, Files.size(file))) : Optional.empty();
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        InputStream in = Files.newInputStream(path(key));
        in.skipNBytes(offset);
        return in;
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        Files.copy(path(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        Path start = path(prefix);
        if (!Files.exists(start)) {
            return;
        }
        try (Stream<Path> files = Files.walk(start)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Keys are ours, but are still checked: nothing may name a file outside the store. */
    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("'" + key + "' is not a media key");
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("'" + key + "' leaves the media store");
        }
        return file;
    }
}
