package io.videogen.presentation.rest.avatar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.videogen.presentation.rest.video.CreateVideoRequest.PlacementBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.VoiceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the avatar endpoints. */
public final class AvatarBody {

    private AvatarBody() {
    }

    @Schema(name = "CreateAvatarRequest")
    public record Create(
            @Schema(examples = "Ana") @NotBlank(message = "name is required")
            @Size(max = 100, message = "name must have at most 100 characters") String name,
            @Valid Look look,
            @Valid VoiceRequest defaultVoice,
            @Valid PlacementBody placement) {
    }

    /** {@code procedural} (drawn, with optional colours) or {@code portrait} (an uploaded image asset). */
    @Schema(name = "AvatarLook")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Look(
            @Schema(enumeration = {"procedural", "portrait"}, examples = "procedural") String type,
            @Schema(examples = "#e0ac69") String skin,
            @Schema(examples = "#3b2a1a") String hair,
            @Schema(examples = "#2a5298") String outfit,
            @Schema(examples = "#f4f1ea") String backdrop,
            @Schema(description = "For portrait: an image asset with a face") String assetId) {
    }

    @Schema(name = "Avatar")
    public record Response(UUID id, String name, Look look, VoiceRequest defaultVoice, PlacementBody placement,
                           Instant createdAt) {
    }
}
