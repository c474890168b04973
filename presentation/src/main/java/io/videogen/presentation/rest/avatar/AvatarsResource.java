package io.videogen.presentation.rest.avatar;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateAvatarCommand;
import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ManageAvatarsUseCase;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.Paging;
import io.videogen.presentation.rest.template.TemplateDesigns;
import io.videogen.presentation.rest.video.CreateVideoRequest.VoiceRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
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

/** Avatars: presenters a user keeps, drawn procedurally or made from a portrait image. */
@Path("/api/v1/avatars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "avatars")
public class AvatarsResource {

    private final ManageAvatarsUseCase avatars;
    private final VideoDrafts drafts;
    private final CallerResolver callers;

    public AvatarsResource(ManageAvatarsUseCase avatars, VideoDrafts drafts, CallerResolver callers) {
        this.avatars = avatars;
        this.drafts = drafts;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Create an avatar")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> create(@Valid @NotNull(message = "the request body is empty; send at least a name")
                                AvatarBody.Create body) {
        CreateAvatarCommand command = new CreateAvatarCommand(callers.current(), body.name(), look(body.look()),
                body.defaultVoice() == null ? null : drafts.voice(body.defaultVoice()),
                body.placement() == null ? null : TemplateDesigns.placement(body.placement(), "placement"));
        return avatars.create(command).map(avatar -> Response.created(URI.create("/api/v1/avatars/" + avatar.id()))
                .entity(toResponse(avatar)).build());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "List your avatars, newest first")
    public Uni<PageResponse<AvatarBody.Response>> list(
            @BeanParam Paging paging) {
        return avatars.list(callers.current(), paging.request())
                .map(found -> PageResponse.of(found, AvatarsResource::toResponse));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "One avatar")
    @APIResponse(responseCode = "404", description = "No such avatar, or not yours")
    public Uni<AvatarBody.Response> get(@PathParam("id") String id) {
        return avatars.get(AvatarId.parse(id), callers.current()).map(AvatarsResource::toResponse);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Delete an avatar")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return avatars.delete(AvatarId.parse(id), callers.current()).map(ignored -> Response.noContent().build());
    }

    private static AvatarLook look(AvatarBody.Look look) {
        if (look == null || look.type() == null || "procedural".equalsIgnoreCase(look.type().strip())) {
            AvatarLook.Procedural defaults = AvatarLook.Procedural.defaults();
            if (look == null) {
                return defaults;
            }
            return new AvatarLook.Procedural(TemplateDesigns.color(look.skin(), defaults.skin(), "look.skin"),
                    TemplateDesigns.color(look.hair(), defaults.hair(), "look.hair"),
                    TemplateDesigns.color(look.outfit(), defaults.outfit(), "look.outfit"),
                    TemplateDesigns.color(look.backdrop(), defaults.backdrop(), "look.backdrop"));
        }
        if ("portrait".equalsIgnoreCase(look.type().strip())) {
            if (look.assetId() == null) {
                throw new InvalidValueException("look.assetId", "a portrait needs assetId: upload a face image to "
                        + "POST /api/v1/assets and use its id");
            }
            return new AvatarLook.Portrait(AssetId.parse(look.assetId()));
        }
        throw new InvalidValueException("look.type", "look type '" + look.type()
                + "' is not supported; use procedural or portrait");
    }


    static AvatarBody.Response toResponse(Avatar avatar) {
        AvatarBody.Look look;
        if (avatar.look() instanceof AvatarLook.Portrait portrait) {
            look = new AvatarBody.Look("portrait", null, null, null, null, portrait.assetId().toString());
        } else {
            AvatarLook.Procedural drawn = (AvatarLook.Procedural) avatar.look();
            look = new AvatarBody.Look("procedural", drawn.skin().hex(), drawn.hair().hex(), drawn.outfit().hex(),
                    drawn.backdrop().hex(), null);
        }
        Voice voice = avatar.defaultVoice();
        AvatarConfig placement = avatar.placement();
        return new AvatarBody.Response(avatar.id().value(), avatar.name(), look,
                new VoiceRequest(voice.voiceId(), voice.speed(), voice.pitch()),
                VideoDrafts.placementBody(placement),
                avatar.createdAt());
    }
}
