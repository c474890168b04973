package io.videogen.presentation.rest.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The video resource of the contract; its ETag is its version. */
@Schema(name = "Video")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VideoResponse(
        UUID id,
        String title,
        @Schema(enumeration = {"queued", "processing", "completed", "failed", "cancelled"}) String status,
        ProgressResponse progress,
        List<StageResponse> stages,
        Long durationMs,
        OutputsResponse outputs,
        ErrorResponse error,
        @Schema(description = "Render attempts so far") int attempt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "How the newest webhook to the video's callbackUrl went; absent when none was sent")
        WebhookResponse webhook,
        @Schema(description = "The request that renders this video as it is now (scenes resolved, template titles "
                + "applied); change a part and PATCH it back with If-Match. Only on a single video, not in lists")
        CreateVideoRequest spec,
        @Schema(description = "Who made each scene's voice and picture, once the stage that made it has run. "
                + "Only on a single video, not in lists")
        List<SceneProvenanceResponse> provenance,
        @Schema(description = "The video this one is a translation of (POST /videos/{id}/translations); absent "
                + "on videos that are not translations")
        UUID sourceVideoId,
        @Schema(description = "The language spoken: a translation's target language, else its voice's language",
                example = "es")
        String language) {

    @Schema(name = "SceneProvenance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SceneProvenanceResponse(@Schema(description = "Counts from 0") int scene, VoiceMakerResponse voice,
                                          @Schema(description = "Absent until the visuals stage has run")
                                          VisualMakerResponse visual) {
    }

    @Schema(name = "VoiceProvenance")
    public record VoiceMakerResponse(
            @Schema(description = "A configured provider's name, or offline for the built-in voice",
                    examples = "local") String provider,
            @Schema(description = "The full id as GET /api/v1/voices lists it", examples = "local:af_bella")
            String voiceId,
            @Schema(description = "True when a later link of the speech chain spoke it") boolean fallback) {
    }

    @Schema(name = "VisualProvenance")
    public record VisualMakerResponse(
            @Schema(description = "A configured provider's name, offline for the built-in painter, asset for the "
                    + "user's upload", examples = "offline") String provider,
            @Schema(description = "True when a later link of the image chain made it") boolean fallback) {
    }

    @Schema(name = "Progress")
    public record ProgressResponse(
            @Schema(enumeration = {"script", "voice", "avatar", "visuals", "composition", "render"}) String stage,
            int percent) {
    }

    @Schema(name = "StageRun")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageResponse(String name,
                                @Schema(enumeration = {"pending", "running", "completed", "failed"}) String status,
                                Instant startedAt, Instant finishedAt) {
    }

    @Schema(name = "Outputs", description = "Where the finished files download from; present once completed")
    public record OutputsResponse(String video, String thumbnail, String captionsSrt, String captionsVtt,
                                  String captionsJson) {
    }

    @Schema(name = "WebhookDelivery")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookResponse(
            @Schema(enumeration = {"video.completed", "video.failed", "video.cancelled"}) String event,
            @Schema(enumeration = {"pending", "delivered", "failed"},
                    description = "pending: waiting for its next attempt; failed: gave up after the last one")
            String status,
            int attempts,
            @Schema(description = "HTTP status of the last answer") Integer lastResponseCode,
            @Schema(description = "Why the last attempt got no answer (timeout, refused address...)") String lastError,
            Instant lastAttemptAt,
            @Schema(description = "When a pending delivery is tried next") Instant nextAttemptAt) {
    }

    @Schema(name = "VideoError")
    public record ErrorResponse(
            @Schema(examples = "SPEECH_SYNTHESIS_FAILED") String code,
            String stage,
            String message,
            boolean retryable) {
    }
}
