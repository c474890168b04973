package io.videogen.presentation.rest.script;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DraftScriptUseCase;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.videogen.domain.feature.Feature;
import io.videogen.presentation.security.RequiresFeature;

@Path("/api/v1/scripts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "scripts")
@RequiresFeature(Feature.AI_PROVIDERS)
public class ScriptsResource {

    private final DraftScriptUseCase scripts;
    private final CallerResolver callers;

    public ScriptsResource(DraftScriptUseCase scripts, CallerResolver callers) {
        this.scripts = scripts;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Draft a script from a topic with the configured language model",
            description = "Answers an editable draft in the scenes shape POST /api/v1/videos takes. The chat "
                    + "providers of videogen.ai.chat.chain are tried in order.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "422", description = "PROVIDER_NOT_CONFIGURED: no chat provider is configured")
    @APIResponse(responseCode = "502", description = "SCRIPT_GENERATION_FAILED: the models did not answer with a "
            + "usable script, also when asked again")
    @APIResponse(responseCode = "503", description = "PROVIDER_UNAVAILABLE: every chat provider failed or its "
            + "circuit is open; see Retry-After")
    public Uni<ScriptDraftResponse> draft(@Valid @NotNull(message = "send {\"topic\": \"...\"}")
                                          DraftScriptRequest body) {
        return scripts.draft(callers.current(), body.toBrief()).map(ScriptDraftResponse::of);
    }
}
