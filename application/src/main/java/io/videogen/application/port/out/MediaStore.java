package io.videogen.application.port.out;

import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps finished files (videos, thumbnails, captions, uploads, artefacts shared between workers)
 * under keys such as {@code videos/<id>/video.mp4}, on local disk or in an S3-compatible bucket
 * (docs/adr/0023). A file becomes visible only once fully written, so a reader never sees half a
 * video; two puts of one key (workers writing the same content-addressed artefact) both succeed and
 * leave one whole copy.
 */
public interface MediaStore {

    /** Where every file of one video is kept: keys that start with {@code videos/<id>/}. */
    static String videoPrefix(VideoId id) {
        return "videos/" + id + "/";
    }

    /** Stores a file's bytes under a key, replacing what was there atomically. */
    void put(String key, Path source) throws IOException;

    void put(String key, InputStream content) throws IOException;

    Optional<StoredFile> find(String key) throws IOException;

    /**
     * Reads a stored file from a byte offset on (for Range requests), streamed; closing the stream
     * early drops the rest.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     */
    InputStream open(String key, long offset) throws IOException;

    /**
     * Copies a stored file to a local path, for tools that need a file. The copy is written beside
     * the target and renamed into place, so the target is the old file or the whole new one.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     */
    void copyTo(String key, Path target) throws IOException;

    /**
     * {@link #copyTo} for each key of the map to its path, skipping the keys with nothing stored: a
     * render's segments that other workers may have made. A store across a network (a bucket) makes the
     * copies side by side, as many at once as its settings allow, so their round trips overlap; this
     * default, for a store on local disk, makes them one after another.
     *
     * @return the keys copied
     * @throws IOException the first failure other than a key with nothing stored, once the copies
     *                     begun have ended; the copies not begun are not made
     */
    default Set<String> copyEachTo(Map<String, Path> targets) throws IOException {
        Set<String> copied = new HashSet<>();
        for (Map.Entry<String, Path> copy : targets.entrySet()) {
            try {
                copyTo(copy.getKey(), copy.getValue());
                copied.add(copy.getKey());
            } catch (NoSuchFileException notStored) {
                // skipped: nothing under this key
            }
        }
        return copied;
    }

    /**
     * Deletes every file under the prefix, taken as a folder: {@code assets/a1} deletes {@code assets/a1}
     * and {@code assets/a1/...}, not {@code assets/a12}.
     */
    void deleteAll(String prefix) throws IOException;

    record StoredFile(String key, long size) {
    }
}
