package io.videogen.application.port.out;

import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps finished files (videos, thumbnails, captions, uploads) under keys such as
 * {@code videos/<id>/video.mp4}. A file becomes visible only once fully written, so a reader never
 * sees half a video.
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

    /** Reads a stored file from a byte offset on (for Range requests). */
    InputStream open(String key, long offset) throws IOException;

    /** Copies a stored file to a local path, for tools that need a file. */
    void copyTo(String key, Path target) throws IOException;

    /** Deletes every file whose key starts with the prefix. */
    void deleteAll(String prefix) throws IOException;

    record StoredFile(String key, long size) {
    }
}
