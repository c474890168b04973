package io.videogen.presentation.rest.video;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/videos} (and of {@code PATCH}, and the spec file of
 * {@code videogen render}). Give {@code script} or {@code scenes}; everything else is optional.
 * Limits that are configurable (script and scene length, scene count, resolution) are checked by
 * the application, not here.
 */
@Schema(name = "CreateVideoRequest", description = "A video to render: a script or scenes, and how it should look.")
public record CreateVideoRequest(
        @Schema(examples = "Product tour") @Size(max = 200, message = "title must have at most 200 characters")
        String title,
        @Schema(description = "A template of yours whose design fills what this request leaves open") UUID templateId,
        @Schema(description = "An avatar of yours to present the video") UUID avatarId,
        @Valid VoiceRequest voice,
        @Schema(description = "Plain text; a blank line or a line with --- starts a new scene",
                examples = "Welcome to videogen.\n\nIt turns a script into a narrated video.")
        String script,
        List<@Valid SceneRequest> scenes,
        @Valid OutputRequest output,
        @Valid CaptionsRequest captions,
        @Valid MusicRequest music,
        @Schema(description = "Values for {{name}} placeholders in any text") Map<String, String> variables,
        @Schema(examples = "https://example.com/hooks/videogen")
        @Size(max = 2000, message = "callbackUrl must have at most 2000 characters") String callbackUrl) {

    @Schema(name = "VoiceRequest")
    public record VoiceRequest(
            @Schema(examples = "en-US-default") @Size(max = 100, message = "voiceId must have at most 100 characters")
            String voiceId,
            @Schema(examples = "1.0") @DecimalMin(value = "0.5", message = "speed must be between 0.5 and 2.0")
            @DecimalMax(value = "2.0", message = "speed must be between 0.5 and 2.0") Double speed,
            @Schema(description = "Semitones above (positive) or below the voice's own pitch; 0 when absent",
                    examples = "0") @DecimalMin(value = "-12", message = "pitch must be between -12 and 12 semitones")
            @DecimalMax(value = "12", message = "pitch must be between -12 and 12 semitones") Double pitch) {
    }

    @Schema(name = "SceneRequest")
    public record SceneRequest(
            @Schema(description = "What the narrator says", examples = "What the narrator says.") String text,
            @Schema(description = "Display text when it should differ from the spoken text") String caption,
            @Schema(description = "A title card shown over the scene") String title,
            @Valid VisualRequest visual,
            @Schema(description = "Whether the presenter appears in this scene") Boolean avatar) {
    }

    @Schema(name = "VisualRequest", description = "color (value), gradient (from, to), asset (assetId, fit) or prompt (prompt)")
    public record VisualRequest(
            @Schema(examples = "color", enumeration = {"color", "gradient", "asset", "prompt"}) String type,
            @Schema(examples = "#1e3c72") String value,
            String from,
            String to,
            String assetId,
            @Schema(enumeration = {"cover", "contain"}) String fit,
            @Size(max = 1000, message = "prompt must have at most 1000 characters") String prompt) {
    }

    @Schema(name = "OutputRequest")
    public record OutputRequest(
            @Schema(examples = "16:9", enumeration = {"16:9", "9:16", "1:1"}) String aspectRatio,
            @Schema(examples = "1280x720") String resolution,
            @Schema(examples = "30") @Min(value = 1, message = "fps must be between 1 and 60")
            @Max(value = 60, message = "fps must be between 1 and 60") Integer fps,
            @Schema(examples = "standard", enumeration = {"draft", "standard", "high"}) String quality) {
    }

    @Schema(name = "CaptionsRequest")
    public record CaptionsRequest(@Schema(description = "Draw the captions into the picture (default true)")
                                  Boolean burnIn) {
    }

    @Schema(name = "MusicRequest")
    public record MusicRequest(
            @Schema(description = "An uploaded audio asset") String assetId,
            @Schema(examples = "0.2") @DecimalMin(value = "0.0", message = "volume must be between 0 and 1")
            @DecimalMax(value = "1.0", message = "volume must be between 0 and 1") Double volume,
            @Schema(description = "Lower the music while the narrator speaks (default true)") Boolean ducking) {
    }
}
