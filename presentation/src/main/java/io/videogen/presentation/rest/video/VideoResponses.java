package io.videogen.presentation.rest.video;

import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoStatus;
import io.videogen.presentation.rest.video.VideoResponse.ErrorResponse;
import io.videogen.presentation.rest.video.VideoResponse.OutputsResponse;
import io.videogen.presentation.rest.video.VideoResponse.ProgressResponse;
import io.videogen.presentation.rest.video.VideoResponse.StageResponse;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a video's snapshot to its resource; MapStruct writes the field-by-field part. */
@Mapper
public interface VideoResponses {

    String BASE = "/api/v1/videos/";

    default VideoResponse of(Video video) {
        return toResponse(video.snapshot());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "title", source = "title.value")
    @Mapping(target = "error", source = "failure")
    @Mapping(target = "outputs", expression = "java(outputs(snapshot))")
    VideoResponse toResponse(Video.Snapshot snapshot);

    @Mapping(target = "name", source = "stage")
    StageResponse stage(StageRun run);

    ProgressResponse progress(io.videogen.domain.video.Progress progress);

    default ErrorResponse error(VideoFailure failure) {
        if (failure == null) {
            return null;
        }
        String message = failure.scene().isPresent() && !failure.message().contains("scene " + failure.scene().getAsInt())
                ? "scene " + failure.scene().getAsInt() + ": " + failure.message() : failure.message();
        return new ErrorResponse(failure.code().name(), failure.stage().label(), message, failure.retryable());
    }

    default OutputsResponse outputs(Video.Snapshot snapshot) {
        if (snapshot.status() != VideoStatus.COMPLETED) {
            return null;
        }
        String base = BASE + snapshot.id().value();
        return new OutputsResponse(base + "/file", base + "/thumbnail", base + "/captions.srt", base + "/captions.vtt");
    }

    default String status(VideoStatus status) {
        return status.label();
    }

    default String stage(io.videogen.domain.video.Stage stage) {
        return stage.label();
    }

    default String runStatus(StageRun.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
