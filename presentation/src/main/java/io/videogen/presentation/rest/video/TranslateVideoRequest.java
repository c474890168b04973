package io.videogen.presentation.rest.video;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslateVideoRequest")
public record TranslateVideoRequest(
        @Schema(description = "The target language, a BCP 47 tag", example = "es", required = true)
        @NotBlank(message = "give the target language, e.g. \"es\"")
        String language,
        @Schema(description = "The voice to speak the translation; absent: the first voice GET /api/v1/voices lists "
                + "for the language")
        String voiceId,
        @Schema(description = "Terms kept exactly as written (names, products), at most 50; checked after translating",
                example = "[\"videogen\"]")
        List<String> glossary) {
}
