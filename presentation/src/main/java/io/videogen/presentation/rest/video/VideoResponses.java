package io.videogen.presentation.rest.video;

import io.videogen.application.port.in.GetWebhookLogUseCase.WebhookLog;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoStatus;
import io.videogen.presentation.rest.video.VideoResponse.ErrorResponse;
import io.videogen.presentation.rest.video.VideoResponse.OutputsResponse;
import io.videogen.presentation.rest.video.VideoResponse.ProgressResponse;
import io.videogen.presentation.rest.video.VideoResponse.SceneProvenanceResponse;
import io.videogen.presentation.rest.video.VideoResponse.StageResponse;
import io.videogen.presentation.rest.video.VideoResponse.VisualMakerResponse;
import io.videogen.presentation.rest.video.VideoResponse.VoiceMakerResponse;
import io.videogen.presentation.rest.video.VideoResponse.WebhookResponse;
import java.util.List;
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

    /** The resource with its webhook log, when the video has one. */
    default VideoResponse of(Video video, WebhookLog webhook) {
        VideoResponse r = of(video);
        return webhook == null ? r : new VideoResponse(r.id(), r.title(), r.status(), r.progress(), r.stages(),
                r.durationMs(), r.outputs(), r.error(), r.attempt(), r.createdAt(), r.updatedAt(), webhook(webhook),
                null, null, r.sourceVideoId(), r.language());
    }

    /** One video on its own: with its webhook log and the spec a client edits and PATCHes back. */
    default VideoResponse detailed(Video video, WebhookLog webhook) {
        return detailed(video, webhook, null);
    }

    /** The same with who made each scene's voice and picture (null: left out). */
    default VideoResponse detailed(Video video, WebhookLog webhook, List<SceneProvenance> provenance) {
        VideoResponse r = of(video, webhook);
        return new VideoResponse(r.id(), r.title(), r.status(), r.progress(), r.stages(), r.durationMs(), r.outputs(),
                r.error(), r.attempt(), r.createdAt(), r.updatedAt(), r.webhook(), VideoSpecs.of(video),
                provenance == null ? null : provenance.stream().map(VideoResponses::provenance).toList(),
                r.sourceVideoId(), r.language());
    }

    private static SceneProvenanceResponse provenance(SceneProvenance scene) {
        return new SceneProvenanceResponse(scene.scene(), new VoiceMakerResponse(scene.voice().provider(),
                scene.voice().voiceId(), scene.voice().fallback()), scene.visual() == null ? null
                : new VisualMakerResponse(scene.visual().provider(), scene.visual().fallback()));
    }

    WebhookResponse webhook(WebhookLog log);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "title", source = "title.value")
    @Mapping(target = "error", source = "failure")
    @Mapping(target = "outputs", expression = "java(outputs(snapshot))")
    @Mapping(target = "webhook", ignore = true)
    @Mapping(target = "spec", ignore = true)
    @Mapping(target = "provenance", ignore = true)
    @Mapping(target = "sourceVideoId", expression = "java(sourceVideoId(snapshot.spec()))")
    @Mapping(target = "language", expression = "java(language(snapshot.spec()))")
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
        return new OutputsResponse(base + "/file", base + "/thumbnail", base + "/captions.srt", base + "/captions.vtt",
                base + "/captions.json");
    }

    default java.util.UUID sourceVideoId(io.videogen.domain.video.VideoSpec spec) {
        return spec.translationOf().map(TranslationBrief::sourceVideoId).orElse(null);
    }

    default String language(io.videogen.domain.video.VideoSpec spec) {
        return spec.translationOf().map(TranslationBrief::language).orElse(spec.voice().language());
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
