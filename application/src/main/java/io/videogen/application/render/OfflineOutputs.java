package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import io.videogen.application.service.VideoService;
import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The media store an offline render writes to: the video's outputs land at the target path and
 * beside it, each written under a temporary name and moved into place whole; anything else (the
 * assets a render reads) comes from the backing store. The video is stored last, so the MP4 at the
 * target exists only when every output is complete.
 */
final class OfflineOutputs implements MediaStore {

    private final MediaStore assets;
    private final String prefix;
    private final Path video;
    private final Path thumbnail;
    private final Path srt;
    private final Path vtt;
    private final List<Path> written = new ArrayList<>();

    OfflineOutputs(MediaStore assets, VideoId id, Path target) {
        this.assets = assets;
        this.prefix = VideoService.mediaPrefix(id);
        this.video = target.toAbsolutePath().normalize();
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        this.thumbnail = video.resolveSibling(base + ".jpg");
        this.srt = video.resolveSibling(base + ".srt");
        this.vtt = video.resolveSibling(base + ".vtt");
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

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = targetOf(key);
        if (target == null) {
            throw new IOException("an offline render stores only its own outputs, not " + key);
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
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
        return assets.find(key);
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        return assets.open(key, offset);
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        assets.copyTo(key, target);
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
            default:
                return null;
        }
    }
}
