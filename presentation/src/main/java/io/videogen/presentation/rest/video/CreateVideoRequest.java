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
 * {@code videogen render}). Give {@code script}, {@code scenes} or {@code topic}; everything else is optional.
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
        @Schema(description = "The background of every scene that names no visual of its own (else the "
                + "template's, else a blue gradient)") @Valid VisualRequest visual,
        @Schema(description = "Instead of script or scenes: what the video is about; the render's script stage has "
                + "the chat providers draft the scenes, each with a picture prompt", examples = "How tides work")
        String topic,
        @Schema(description = "With topic: the language to write in (default en)", examples = "en") String language,
        @Schema(description = "With topic: about how long the narration runs (10-600, default 60)", examples = "60")
        Integer durationSeconds,
        @Schema(description = "With topic: how many scenes (1-30; default one per 10 seconds)") Integer sceneCount,
        @Valid OutputRequest output,
        @Schema(description = "How the pictures move and hand over from scene to scene; parts left out are the "
                + "template's (else a 500 ms fade, no Ken Burns)") @Valid TransitionBody transition,
        @Schema(description = "Where the presenter stands; parts left out are the template's (else a circle "
                + "at the bottom right, scale 0.3)") @Valid PlacementBody avatarPlacement,
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

    @Schema(name = "VisualRequest", description = "color (value), gradient (from, to), asset (assetId, fit), prompt (prompt) "
            + "or clip (assetId of an uploaded video and fit; or prompt: a clip a video provider generates, else the "
            + "prompt's picture with a Ken Burns move) — a clip is trimmed or looped to the scene")
    public record VisualRequest(
            @Schema(examples = "color", enumeration = {"color", "gradient", "asset", "prompt", "clip"}) String type,
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

    @Schema(name = "CaptionsRequest", description = "How the captions look; a part left out keeps the template's "
            + "choice (else classic, #ffd400, bottom)")
    public record CaptionsRequest(
            @Schema(description = "Draw the captions into the picture (default true)") Boolean burnIn,
            @Schema(description = "classic: a sentence at a time; karaoke: a sentence with the spoken word in "
                    + "highlightColor; words: one to three large words at a time with the spoken one highlighted "
                    + "(the short-form look, centred unless position says otherwise)",
                    enumeration = {"classic", "karaoke", "words"}, examples = "karaoke")
            @Size(max = 20, message = "captions.style must have at most 20 characters") String style,
            @Schema(description = "Colour of the spoken word (karaoke, words)", examples = "#ffd400")
            @Size(max = 20, message = "captions.highlightColor must have at most 20 characters") String highlightColor,
            @Schema(enumeration = {"bottom", "center", "top"}, examples = "bottom")
            @Size(max = 20, message = "captions.position must have at most 20 characters") String position) {

        public CaptionsRequest(Boolean burnIn) {
            this(burnIn, null, null, null);
        }
    }

    @Schema(name = "MusicRequest")
    public record MusicRequest(
            @Schema(description = "An uploaded audio asset") String assetId,
            @Schema(examples = "0.2") @DecimalMin(value = "0.0", message = "volume must be between 0 and 1")
            @DecimalMax(value = "1.0", message = "volume must be between 0 and 1") Double volume,
            @Schema(description = "Lower the music while the narrator speaks (default true)") Boolean ducking) {
    }

    @Schema(name = "AvatarPlacement")
    public record PlacementBody(
            @Schema(enumeration = {"bottom-right", "bottom-left", "top-right", "top-left", "left", "right", "full"})
            String placement,
            @Schema(enumeration = {"circle", "rectangle"}) String shape,
            @DecimalMin(value = "0.1", message = "scale must be between 0.1 and 1")
            @DecimalMax(value = "1.0", message = "scale must be between 0.1 and 1") Double scale) {
    }

    @Schema(name = "Transition")
    public record TransitionBody(
            @Schema(description = "fade: the scene before fades into this one (a cross-fade); none: a cut",
                    enumeration = {"none", "fade"}) String type,
            @Schema(description = "How long a fade lasts", examples = "500")
            @Min(value = 0, message = "durationMs must be between 0 and 2000")
            @Max(value = 2000, message = "durationMs must be between 0 and 2000") Integer durationMs,
            @Schema(description = "A slow pan and zoom over each scene's picture (Ken Burns)") Boolean kenBurns) {
    }
}
