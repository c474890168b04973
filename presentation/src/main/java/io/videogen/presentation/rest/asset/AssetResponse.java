package io.videogen.presentation.rest.asset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Asset")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssetResponse(UUID id, String fileName,
                            @Schema(examples = "image/png") String mediaType,
                            @Schema(enumeration = {"image", "audio", "video"}) String kind,
                            long sizeBytes, String sha256, Integer width, Integer height, Long durationMs,
                            String content, Instant createdAt) {
}
