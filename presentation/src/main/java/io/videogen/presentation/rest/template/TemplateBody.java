package io.videogen.presentation.rest.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.PlacementBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.TransitionBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.VisualRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A template's design, as sent to {@code POST/PUT /api/v1/templates} and answered by GET. Every
 * part but the name is optional and takes the service's default.
 */
@Schema(name = "TemplateDesign")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateBody(
        @Schema(examples = "Product launch") @NotBlank(message = "name is required")
        @Size(max = 100, message = "name must have at most 100 characters") String name,
        @Valid OutputRequest output,
        @Schema(description = "The scene background when a scene names none") @Valid VisualRequest background,
        @Schema(examples = "#ffffff") String textColor,
        @Schema(examples = "#f5a623") String accentColor,
        @Schema(description = "Font family for titles; the service ships DejaVu Sans") String font,
        @Valid CaptionStyleBody captionStyle,
        @Valid PlacementBody avatarPlacement,
        @Valid TransitionBody transition,
        @Size(max = 200, message = "introTitle must have at most 200 characters") String introTitle,
        @Size(max = 200, message = "outroTitle must have at most 200 characters") String outroTitle,
        @Valid MusicRequest music,
        @Schema(description = "Variables the template's texts use, for {{name}} in scripts")
        @Size(max = 50, message = "at most 50 variables") List<String> variables) {

    @Schema(name = "CaptionStyle")
    public record CaptionStyleBody(
            @Min(value = 12, message = "fontSize must be between 12 and 96")
            @Max(value = 96, message = "fontSize must be between 12 and 96") Integer fontSize,
            @Schema(examples = "#ffffff") String textColor,
            @Schema(examples = "#000000") String boxColor,
            @DecimalMin(value = "0.0", message = "boxOpacity must be between 0 and 1")
            @DecimalMax(value = "1.0", message = "boxOpacity must be between 0 and 1") Double boxOpacity,
            @Schema(enumeration = {"bottom", "top", "center"}) String position,
            @Schema(description = "classic, karaoke or words (see CaptionsRequest.style); default classic",
                    enumeration = {"classic", "karaoke", "words"})
            @Size(max = 20, message = "captionStyle.style must have at most 20 characters") String style,
            @Schema(description = "Colour of the spoken word (karaoke, words); default #ffd400", examples = "#ffd400")
            String highlightColor) {
    }
}
