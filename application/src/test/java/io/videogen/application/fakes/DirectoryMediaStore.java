package io.videogen.application.fakes;

import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps files in a test's temporary directory. Like the real stores, a file appears whole or not at
 * all (written beside and renamed), so two workers putting one content-addressed key both succeed.
 */
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
        try (InputStream in = Files.newInputStream(source)) {
            put(key, in);
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Files.createDirectories(path(key).getParent());
        whole(content, path(key));
    }

    private static void whole(InputStream content, Path target) throws IOException {
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
        try (InputStream in = Files.newInputStream(path(key))) {
            whole(in, target.toAbsolutePath());
        }
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
