package io.videogen.infrastructure.media;

import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.VideoComposer.MediaInfo;
import io.videogen.domain.asset.AssetKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides what an upload is from its first bytes, then has FFmpeg prove it: a file whose content
 * does not match what its header claims is turned away before anything else may open it.
 */
@ApplicationScoped
public class UploadInspector implements MediaInspector {

    private static final int HEADER_BYTES = 16;

    private final MediaValidator validator;

    public UploadInspector(MediaValidator validator) {
        this.validator = validator;
    }

    @Override
    public Inspection inspect(Path file) {
        AssetKind kind = AssetKind.sniff(header(file)).orElseThrow(() -> new RejectedMediaException(
                "the file is not a PNG, JPEG or WebP image, WAV or MP3 audio, nor MP4, WebM or QuickTime video;"
                + " upload one of those", true));
        try {
            if (kind.isVideo()) {
                MediaInfo info = validator.validateVideo(file);
                MediaInfo.Stream picture = info.streams().stream().filter(s -> s.type().equals("video"))
                        .findFirst().orElseThrow();
                return new Inspection(kind, picture.width(), picture.height(), info.duration().toMillis());
            }
            MediaInfo info = kind.isImage() ? validator.validateImage(file) : validator.validateAudio(file);
            MediaInfo.Stream first = info.streams().get(0);
            return kind.isImage()
                    ? new Inspection(kind, first.width(), first.height(), null)
                    : new Inspection(kind, null, null, info.duration().toMillis());
        } catch (InvalidMediaException e) {
            throw new RejectedMediaException(e.getMessage(), false);
        }
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
