package io.videogen.infrastructure.storage;

import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Media on the local file system under {@code <data-dir>/media}, the embedded default. Files are
 * written to a temporary name and renamed into place, so a reader sees the old file or the whole new
 * one, never half; two writers of the same key each rename a whole file.
 */
final class LocalMediaStore implements MediaStore, AgedMedia {

    private final Path root;

    LocalMediaStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
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
        replace(content, target);
    }

    /** Writes beside the target and renames over it: how a file of this store, or a copy of any store on local disk, appears. */
    static void replace(InputStream content, Path target) throws IOException {
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
        try (InputStream in = Files.newInputStream(path(key))) {
            replace(in, target.toAbsolutePath());
        }
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

    @Override
    public int deleteWrittenBefore(String prefix, Instant cutoff) throws IOException {
        Path start = path(prefix);
        if (!Files.isDirectory(start)) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> files = Files.walk(start)) {
            old = files.filter(Files::isRegularFile).filter(file -> writtenBefore(file, cutoff)).toList();
        }
        int deleted = 0;
        for (Path file : old) {
            deleted += Files.deleteIfExists(file) ? 1 : 0;
        }
        return deleted;
    }

    private static boolean writtenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }

    private Path path(String key) {
        Path file = root.resolve(MediaKeys.checked(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("'" + key + "' leaves the media store");
        }
        return file;
    }
}
