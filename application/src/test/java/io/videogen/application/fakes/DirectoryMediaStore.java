package io.videogen.application.fakes;

import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/** Keeps files in a test's temporary directory. */
public final class DirectoryMediaStore implements MediaStore {

    private final Path root;

    public DirectoryMediaStore(Path root) {
        this.root = root;
    }

    private Path path(String key) {
        return root.resolve(key);
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Files.createDirectories(path(key).getParent());
        Files.copy(source, path(key), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Files.createDirectories(path(key).getParent());
        Files.copy(content, path(key), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Optional<StoredFile> find(String key) throws IOException {
        return Files.exists(path(key)) ? Optional.of(new StoredFile(key, Files.size(path(key)))) : Optional.empty();
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
        Path dir = path(prefix);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    public String read(String key) throws IOException {
        return Files.readString(path(key));
    }
}
