package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.io.InputStream;

/** The files a finished video produced, and the content of uploaded assets. */
public interface DownloadFilesUseCase {

    /** A file of a completed video; 404 when the caller may not see it, 409 while it is not completed. */
    Uni<Download> videoFile(VideoId id, Caller caller, VideoFile file);

    Uni<Download> assetContent(AssetId id, Caller caller);

    enum VideoFile {
        VIDEO("video.mp4", "video/mp4"),
        THUMBNAIL("thumbnail.jpg", "image/jpeg"),
        CAPTIONS_SRT("captions.srt", "application/x-subrip"),
        CAPTIONS_VTT("captions.vtt", "text/vtt"),
        CAPTIONS_JSON("captions.json", "application/json");

        private final String fileName;
        private final String mediaType;

        VideoFile(String fileName, String mediaType) {
            this.fileName = fileName;
            this.mediaType = mediaType;
        }

        public String fileName() {
            return fileName;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** A stored file: its size, type, a name to save it as, and a way to read it from any offset. */
    record Download(String fileName, String mediaType, long size, Opener content) {
    }

    @FunctionalInterface
    interface Opener {
        InputStream open(long offset) throws IOException;
    }
}
