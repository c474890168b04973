package io.videogen.presentation.rest.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.UsageUseCase;
import io.videogen.application.port.in.UsageUseCase.UsageView;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the signed-in user used of the providers this month. */
@Path("/api/v1/me/usage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
@RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
public class UsageResource {

    private final UsageUseCase usage;
    private final CallerResolver callers;

    public UsageResource(UsageUseCase usage, CallerResolver callers) {
        this.usage = usage;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Your provider usage this month (UTC)",
            description = "Chat tokens, speech characters, images and video clips your calls used; limits lists the configured "
                    + "monthly quotas (videogen.ai.quota.*). A call over a limit fails with QUOTA_EXCEEDED; in a "
                    + "render, speech and pictures then come from the offline adapters.")
    public Uni<UsageView> usage() {
        return usage.usage(callers.current());
    }
}
