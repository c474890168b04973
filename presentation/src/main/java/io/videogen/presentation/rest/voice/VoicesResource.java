package io.videogen.presentation.rest.voice;

import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.SampleVoiceUseCase;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/voices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "voices")
public class VoicesResource {

    private final ListVoicesUseCase voices;
    private final SampleVoiceUseCase samples;

    public VoicesResource(ListVoicesUseCase voices, SampleVoiceUseCase samples) {
        this.voices = voices;
        this.samples = samples;
    }

    @Schema(name = "Voice")
    public record VoiceResponse(
            @Schema(examples = "en-US-default") String id,
            @Schema(description = "offline for the built-in voices, else the configured provider's name") String provider,
            String name,
            @Schema(examples = "en-US") String language,
            @Schema(enumeration = {"female", "male"}) String gender,
            @Schema(description = "GET it with the bearer token for a short spoken sample (audio/wav)",
                    examples = "/api/v1/voices/en-US-default/sample") String sampleUrl) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Every voice of every configured speech provider",
            description = "Use an id as voice.voiceId when creating a video. The offline voices: en-US-default "
                    + "(MaryTTS SLT, female), en-US-slt (the same), en-US-kevin (FreeTTS, male) and, when eSpeak NG "
                    + "is installed, <language>-espeak in 14 languages.")
    public List<VoiceResponse> list() {
        return voices.voices().stream().map(v -> new VoiceResponse(v.id(), v.provider(), v.name(), v.language(),
                v.gender(), "/api/v1/voices/" + URLEncoder.encode(v.id(), StandardCharsets.UTF_8) + "/sample"))
                .toList();
    }

    @GET
    @Path("/{id}/sample")
    @Produces({"audio/wav", "application/problem+json"})
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "A short spoken sample of a voice",
            description = "One sentence in the voice's language, as WAV. 404 when no provider offers the voice.")
    public Response sample(@PathParam("id") String id) {
        return Response.ok(samples.sample(id).wav(), "audio/wav")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").build();
    }
}
