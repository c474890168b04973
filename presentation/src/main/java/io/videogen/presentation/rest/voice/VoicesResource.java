package io.videogen.presentation.rest.voice;

import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ListVoicesUseCase.VoiceView;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/voices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "voices")
public class VoicesResource {

    private final ListVoicesUseCase voices;

    public VoicesResource(ListVoicesUseCase voices) {
        this.voices = voices;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Every voice of every configured speech provider",
            description = "Use an id as voice.voiceId when creating a video.")
    public List<VoiceView> list() {
        return voices.voices();
    }
}
