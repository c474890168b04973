package io.videogen.presentation.rest.template;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template: its id and times, and its design's fields at the top level. */
@Schema(name = "Template")
public record TemplateResponse(UUID id, @JsonUnwrapped TemplateBody design, Instant createdAt, Instant updatedAt) {
}
