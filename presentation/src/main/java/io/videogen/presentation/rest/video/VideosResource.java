package io.videogen.presentation.rest.video;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CancelVideoUseCase;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.CreateVideoUseCase.IdempotencyKey;
import io.videogen.application.port.in.DeleteVideoUseCase;
import io.videogen.application.port.in.GetWebhookLogUseCase;
import io.videogen.application.port.in.RetryVideoUseCase;
import io.videogen.application.port.in.ShowVideosUseCase;
import io.videogen.application.port.in.UpdateVideoCommand;
import io.videogen.application.port.in.UpdateVideoUseCase;
import io.videogen.application.port.in.VideoProvenanceUseCase;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import io.videogen.presentation.rest.common.ETags;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Videos: submit, follow, change, cancel, retry and delete; their files are {@link VideoFilesResource}. */
@Path("/api/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "videos")
public class VideosResource {

    private static final String ALL_ROLES_NOTE = "Any signed-in user; viewers read only.";

    private final CreateVideoUseCase create;
    private final ShowVideosUseCase show;
    private final UpdateVideoUseCase update;
    private final DeleteVideoUseCase delete;
    private final CancelVideoUseCase cancel;
    private final RetryVideoUseCase retry;
    private final GetWebhookLogUseCase webhooks;
    private final VideoProvenanceUseCase provenance;
    private final VideoDrafts drafts;
    private final VideoResponses responses;
    private final CallerResolver callers;
    private final ObjectMapper canonicalJson;
    private final ObjectMapper json;

    public VideosResource(CreateVideoUseCase create, ShowVideosUseCase show, UpdateVideoUseCase update, DeleteVideoUseCase delete, CancelVideoUseCase cancel,
                          RetryVideoUseCase retry, GetWebhookLogUseCase webhooks, VideoProvenanceUseCase provenance,
                          VideoDrafts drafts, VideoResponses responses, CallerResolver callers, ObjectMapper json) {
        this.create = create;
        this.show = show;
        this.update = update;
        this.delete = delete;
        this.cancel = cancel;
        this.retry = retry;
        this.webhooks = webhooks;
        this.provenance = provenance;
        this.drafts = drafts;
        this.responses = responses;
        this.callers = callers;
        this.json = json;
        this.canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Submit a video to render",
            description = "Answers 202 at once; follow the render with GET /videos/{id}/events or poll the video. "
                    + "With Idempotency-Key, repeating the request returns the first response instead of a second video.")
    @APIResponse(responseCode = "202", description = "Accepted and queued",
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (field-level errors), e.g. an audio asset as a visual")
    @APIResponse(responseCode = "403", description = "FEATURE_DISABLED: a topic or a clip visual with a prompt while an "
            + "admin has ai-providers switched off")
    @APIResponse(responseCode = "404", description = "The template, avatar or an asset named is not yours or does not exist")
    @APIResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still being handled")
    @APIResponse(responseCode = "422", description = "Script cannot be parsed, Idempotency-Key reused with another body, or "
            + "PROVIDER_NOT_CONFIGURED: a topic with no chat provider")
    public Uni<Response> create(
            @Valid @NotNull(message = "the request body is empty; send a JSON object with script or scenes")
            CreateVideoRequest body,
            @Parameter(description = "Makes the request safe to repeat: one key, one video (kept for 24 hours)")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = callers.current();
        CreateVideoCommand command = new CreateVideoCommand(caller, drafts.toDraft(body));
        if (idempotencyKey == null) {
            return create.create(command).map(video -> accepted(video, responseBody(video)).build());
        }
        IdempotencyKey key = new IdempotencyKey(idempotencyKey, fingerprint(body));
        return create.createOnce(command, key).chain(creation -> {
            if (creation.replayed()) {
                String first = creation.firstResponse().orElseGet(() -> responseBody(creation.video()));
                return Uni.createFrom().item(accepted(creation.video(), first).header("Idempotent-Replayed", "true"));
            }
            String first = responseBody(creation.video());
            return create.rememberResponse(caller.userId(), key, first)
                    .replaceWith(accepted(creation.video(), first))
                    .onFailure().recoverWithItem(accepted(creation.video(), first));
        }).map(Response.ResponseBuilder::build);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "List your videos, newest first", description = ALL_ROLES_NOTE + " Admins see everyone's.")
    public Uni<PageResponse<VideoResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"queued", "processing", "completed", "failed", "cancelled"}))
            @QueryParam("status") String status,
            @BeanParam Paging paging) {
        Optional<VideoStatus> filter = Optional.ofNullable(status).map(VideoStatusParam::parse);
        return show.list(callers.current(), filter, paging.request())
                .map(found -> PageResponse.of(found, shown -> responses.of(shown.video(), shown.webhook())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "One video", description = "The ETag header carries its version, for If-Match on PATCH.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "404", description = "No such video, or not yours")
    public Uni<Response> get(@PathParam("id") String id) {
        return show.show(VideoId.parse(id), callers.current()).map(shown -> Response.ok(
                        responses.detailed(shown.video(), shown.webhook(), shown.provenance()))
                .tag(ETags.of(shown.video().version())).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Change a video",
            description = "A title alone is changed in place (200). New content (script, scenes, voice, output, ...) "
                    + "renders the video again (202); scenes that did not change are reused from cache. "
                    + "Needs If-Match with the ETag of GET; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "202", description = "Queued to render again")
    @APIResponse(responseCode = "412", description = "The video changed since that ETag")
    public Uni<Response> update(@PathParam("id") String id,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull(message = "the request body is empty; send the fields to change")
                                CreateVideoRequest body) {
        VideoId videoId = VideoId.parse(id);
        long expected = ETags.expectedVersion(ifMatch, "/api/v1/videos/" + id);
        boolean content = VideoDrafts.changesContent(body);
        if (!content && body.title() == null) {
            throw new io.videogen.domain.shared.InvalidValueException("body",
                    "nothing to change; give a title or new content (script, scenes, voice, output...)");
        }
        UpdateVideoCommand command = new UpdateVideoCommand(callers.current(), videoId, expected,
                body.title() == null ? null : new VideoTitle(body.title()), content ? drafts.toDraft(body) : null);
        return update.update(command).chain(updated -> withWebhook(updated.video())
                .map(shown -> Response.status(updated.rerendering() ? 202 : 200)
                        .entity(shown.response()).tag(ETags.of(shown.video().version())).build()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Delete a video", description = "A running render is cancelled and its files removed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return delete.delete(VideoId.parse(id), callers.current()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Cancel a queued or running render", description = "A running render stops within seconds.")
    @APIResponse(responseCode = "202", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "The video already finished")
    public Uni<Response> cancel(@PathParam("id") String id) {
        return cancel.cancel(VideoId.parse(id), callers.current()).chain(this::withWebhook)
                .map(shown -> Response.accepted(shown.response()).tag(ETags.of(shown.video().version())).build());
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Render a failed or cancelled video again", description = "Finished work is reused.")
    @APIResponse(responseCode = "202", description = "Queued again")
    @APIResponse(responseCode = "409", description = "Only failed or cancelled videos can be retried")
    public Uni<Response> retry(@PathParam("id") String id) {
        // the log still shows the webhook of the attempt that failed until this one ends
        return retry.retry(VideoId.parse(id), callers.current()).chain(this::withWebhook)
                .map(shown -> Response.accepted(shown.response()).tag(ETags.of(shown.video().version())).build());
    }

    /** The resource with the log of its newest webhook, its spec and its provenance. */
    private Uni<Shown> withWebhook(Video video) {
        return webhooks.latestFor(java.util.List.of(video.id())).chain(logs -> provenance.provenanceOf(video)
                .map(scenes -> new Shown(video, responses.detailed(video, logs.get(video.id()), scenes))));
    }

    private record Shown(Video video, VideoResponse response) {
    }

    private Response.ResponseBuilder accepted(Video video, String body) {
        return Response.accepted(body).type(MediaType.APPLICATION_JSON)
                .location(URI.create("/api/v1/videos/" + video.id())).tag(ETags.of(video.version()));
    }

    private String responseBody(Video video) {
        try {
            return json.writeValueAsString(responses.of(video));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write video " + video.id(), e);
        }
    }

    /** A digest of the request as parsed, so whitespace and field order do not make it a different one. */
    private String fingerprint(CreateVideoRequest body) {
        try {
            byte[] canonical = canonicalJson.writeValueAsString(canonicalJson.valueToTree(body))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

}
