package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import io.videogen.application.service.AssetService;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The media store of an offline render: the assets are local files given by the caller, and the
 * video's outputs land at the target path and beside it, each written under a temporary name and
 * moved into place whole. The video is stored last, so the MP4 at the
 * target exists only when every output is complete.
 */
final class OfflineOutputs implements MediaStore {

    private final Map<String, Path> assets;
    private final String prefix;
    private final Path video;
    private final Path thumbnail;
    private final Path srt;
    private final Path vtt;
    private final Path words;
    private final List<Path> written = new ArrayList<>();

    OfflineOutputs(Map<AssetId, Path> assets, VideoId id, Path target) {
        this.assets = new HashMap<>();
        assets.forEach((asset, file) -> this.assets.put(AssetService.contentKey(asset), file));
        this.prefix = MediaStore.videoPrefix(id);
        this.video = target.toAbsolutePath().normalize();
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        this.thumbnail = video.resolveSibling(base + ".jpg");
        this.srt = video.resolveSibling(base + ".srt");
        this.vtt = video.resolveSibling(base + ".vtt");
        this.words = video.resolveSibling(base + ".captions.json");
    }

    Path video() {
        return video;
    }

    Path thumbnail() {
        return thumbnail;
    }

    Path srt() {
        return srt;
    }

    Path vtt() {
        return vtt;
    }

    Path words() {
        return words;
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = targetOf(key);
        if (target == null) {
            throw new IOException("an offline render stores only its own outputs, not " + key);
        }
        Files.createDirectories(target.getParent());
        // Not createTempFile: its owner-only permissions would stay with the finished file.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try (InputStream in = Files.newInputStream(source)) {
            // From a stream: copying the file would carry over the workspace file's owner-only mode.
            Files.copy(in, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        throw new IOException("an offline render stores only files, not streams (" + key + ")");
    }

    @Override
    public Optional<StoredFile> find(String key) throws IOException {
        Path file = assets.get(key);
        return file == null || !Files.isRegularFile(file) ? Optional.empty()
                : Optional.of(new StoredFile(key, Files.size(file)));
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        InputStream in = Files.newInputStream(asset(key));
        in.skipNBytes(offset);
        return in;
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        Files.copy(asset(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path asset(String key) throws IOException {
        Path file = assets.get(key);
        if (file == null) {
            throw new NoSuchFileException(key);
        }
        return file;
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        throw new IOException("an offline render deletes nothing (" + prefix + ")");
    }

    /** After a failure: removes the outputs written so far, so nothing half-done is left beside the target. */
    void discard() {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the video itself is stored last, so a leftover caption file never looks like a result
            }
        }
        written.clear();
    }

    private Path targetOf(String key) {
        if (!key.startsWith(prefix)) {
            return null;
        }
        switch (key.substring(prefix.length())) {
            case "video.mp4":
                return video;
            case "thumbnail.jpg":
                return thumbnail;
            case "captions.srt":
                return srt;
            case "captions.vtt":
                return vtt;
            case "captions.json":
                return words;
            default:
                return null;
        }
    }
}
