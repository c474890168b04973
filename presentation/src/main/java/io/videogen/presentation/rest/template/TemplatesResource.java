package io.videogen.presentation.rest.template;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageTemplatesUseCase;
import io.videogen.domain.template.TemplateId;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.Paging;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Templates: reusable designs (layout, colours, captions, presenter placement, transitions, music). */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "templates")
public class TemplatesResource {

    private static final String BODY_REQUIRED = "the request body is empty; send a template design with a name";

    private final ManageTemplatesUseCase templates;
    private final CallerResolver callers;

    public TemplatesResource(ManageTemplatesUseCase templates, CallerResolver callers) {
        this.templates = templates;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Create a template")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> create(@Valid @NotNull(message = BODY_REQUIRED) TemplateBody body) {
        return templates.create(callers.current(), TemplateDesigns.toDesign(body))
                .map(template -> Response.created(URI.create("/api/v1/templates/" + template.id()))
                        .entity(TemplateDesigns.toResponse(template)).build());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "List your templates, newest first")
    public Uni<PageResponse<TemplateResponse>> list(
            @BeanParam Paging paging) {
        return templates.list(callers.current(), paging.request())
                .map(found -> PageResponse.of(found, TemplateDesigns::toResponse));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "One template")
    @APIResponse(responseCode = "404", description = "No such template, or not yours")
    public Uni<TemplateResponse> get(@PathParam("id") String id) {
        return templates.get(TemplateId.parse(id), callers.current()).map(TemplateDesigns::toResponse);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Replace a template's design", description = "Videos already rendered keep their look.")
    public Uni<TemplateResponse> replace(@PathParam("id") String id,
                                         @Valid @NotNull(message = BODY_REQUIRED) TemplateBody body) {
        return templates.replace(TemplateId.parse(id), callers.current(), TemplateDesigns.toDesign(body))
                .map(TemplateDesigns::toResponse);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Delete a template", description = "Videos made with it keep their look.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return templates.delete(TemplateId.parse(id), callers.current()).map(ignored -> Response.noContent().build());
    }
}
