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
        Instant updatedAt) {

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
    public record OutputsResponse(String video, String thumbnail, String captionsSrt, String captionsVtt) {
    }

    @Schema(name = "VideoError")
    public record ErrorResponse(
            @Schema(examples = "SPEECH_SYNTHESIS_FAILED") String code,
            String stage,
            String message,
            boolean retryable) {
    }
}
