package io.videogen.presentation.rest.batch;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CancelBatchUseCase;
import io.videogen.application.port.in.CreateBatchCommand;
import io.videogen.application.port.in.CreateBatchUseCase;
import io.videogen.application.port.in.FollowBatchesUseCase;
import io.videogen.domain.batch.BatchId;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.video.CreateVideoRequest;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequiresFeature;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Batches: many videos from one spec and rows of variables, as JSON or a CSV upload. */
@Path("/api/v1/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "batches")
@RequiresFeature(Feature.BATCHES)
public class BatchesResource {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final CreateBatchUseCase create;
    private final FollowBatchesUseCase follow;
    private final CancelBatchUseCase cancel;
    private final BatchDrafts drafts;
    private final CallerResolver callers;

    public BatchesResource(CreateBatchUseCase create, FollowBatchesUseCase follow, CancelBatchUseCase cancel,
                           BatchDrafts drafts, CallerResolver callers) {
        this.create = create;
        this.follow = follow;
        this.cancel = cancel;
        this.drafts = drafts;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Create a batch of videos from rows of variables",
            description = "Every video is created and queued in one transaction; a bad row answers 400 naming "
                    + "rows[i].<variable> and creates nothing. 500 rows at most by default.")
    @APIResponse(responseCode = "202", description = "Accepted; every video queued")
    @APIResponse(responseCode = "400", description = "A bad row (rows[i].<variable>), or more rows than allowed")
    @APIResponse(responseCode = "403", description = "FEATURE_DISABLED: batches are switched off")
    public Uni<Response> createFromJson(@Valid @NotNull(message = "send {\"spec\": {...}, \"rows\": [{...}]}")
                                        BatchRequest body) {
        return accepted(body.spec(), body.rows(), body.callbackUrl());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Create a batch of videos from a CSV file",
            description = "multipart/form-data: part spec (a POST /api/v1/videos body as JSON, its texts using "
                    + "{{variables}}), part file (CSV, RFC 4180, UTF-8 with or without BOM; the header row names the "
                    + "variables, each later row is one video), optional part callbackUrl. A bad row answers 400 "
                    + "naming rows[i].<column> and the file's line, and creates nothing.")
    @APIResponse(responseCode = "202", description = "Accepted; every video queued")
    @APIResponse(responseCode = "400", description = "A bad spec, file or row")
    @APIResponse(responseCode = "403", description = "FEATURE_DISABLED: batches are switched off")
    public Uni<Response> createFromCsv(@RestForm("spec") String spec, @RestForm("file") FileUpload file,
                                       @RestForm("callbackUrl") String callbackUrl) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValueException("file", "send the rows as a CSV multipart part named 'file'");
        }
        byte[] csv;
        try {
            csv = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CreateVideoRequest request = drafts.spec(spec);
        return accepted(request, CsvRows.parse(csv), callbackUrl);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "List your batches, newest first", description = "Admins see everyone's.")
    public Uni<PageResponse<BatchResponse>> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page counts from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "size must be between 1 and 100")
            @Max(value = 100, message = "size must be between 1 and 100") int size) {
        return follow.list(callers.current(), new PageRequest(page, size))
                .map(found -> PageResponse.of(found, BatchResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "One batch, with its videos' counts")
    @APIResponse(responseCode = "404", description = "No such batch, or not yours")
    public Uni<BatchResponse> get(@PathParam("id") String id) {
        return follow.get(BatchId.parse(id), callers.current()).map(BatchResponse::of);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Cancel a batch", description = "Cancels every video not yet completed or failed.")
    @APIResponse(responseCode = "202", description = "Cancelled")
    public Uni<Response> cancel(@PathParam("id") String id) {
        return cancel.cancel(BatchId.parse(id), callers.current())
                .map(batch -> Response.accepted(BatchResponse.of(batch)).build());
    }

    @GET
    @Path("/{id}/events")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Follow a batch live (Server-Sent Events)",
            description = "progress (data = the batch) now and whenever its counts change; completed (data = the "
                    + "batch) once every video has ended, after which the stream ends.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @APIResponse(responseCode = "404", description = "No such batch, or not yours")
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        BatchId batchId = BatchId.parse(id);
        Caller caller = callers.current();
        // looked up before the stream starts, so an unknown id is a plain 404 problem, not a broken stream
        follow.get(batchId, caller).await().atMost(LOOKUP_TIMEOUT);
        return follow.watch(batchId, caller).map(batch -> sse.newEventBuilder()
                .name(batch.ended() ? "completed" : "progress").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(BatchResponse.of(batch)).build());
    }

    private Uni<Response> accepted(CreateVideoRequest spec, List<Map<String, String>> rows, String callbackUrl) {
        Caller caller = callers.current();
        Optional<CallbackUrl> callback = Optional.ofNullable(callbackUrl).filter(url -> !url.isBlank())
                .map(CallbackUrl::parse);
        CreateBatchCommand command = new CreateBatchCommand(caller, drafts.of(spec, rows), callback);
        return create.create(command).map(batch -> Response.accepted(BatchResponse.of(batch))
                .location(URI.create("/api/v1/batches/" + batch.id())).build());
    }
}
