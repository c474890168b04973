package io.videogen.presentation.rest.video;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetVideoUseCase;
import io.videogen.application.port.in.WatchVideoUseCase;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live progress as Server-Sent Events. The first event tells the current state, so a client that
 * connects late (or reconnects) needs nothing else; the stream ends after completed, failed or
 * cancelled. A comment every 15 s keeps proxies from closing a quiet connection.
 */
@Path("/api/v1/videos/{id}/events")
@Tag(name = "videos")
public class VideoEventsResource {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final WatchVideoUseCase watch;
    private final GetVideoUseCase get;
    private final VideoResponses responses;
    private final CallerResolver callers;

    public VideoEventsResource(WatchVideoUseCase watch, GetVideoUseCase get, VideoResponses responses,
                               CallerResolver callers) {
        this.watch = watch;
        this.get = get;
        this.responses = responses;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Follow a render live (Server-Sent Events)",
            description = "Events: progress {stage, percent, status}, stage {stage, status: started|completed}, "
                    + "scene {scene, reused} once per scene in the composition stage (reused: its segment came "
                    + "unchanged from an earlier render), and "
                    + "one of completed, failed, cancelled (data = the video resource), after which the stream ends.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @APIResponse(responseCode = "404", description = "No such video, or not yours")
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        VideoId videoId = VideoId.parse(id);
        Caller caller = callers.current();
        // looked up before the stream starts, so an unknown id is a plain 404 problem, not a broken stream
        get.get(videoId, caller).await().atMost(LOOKUP_TIMEOUT);
        return withKeepAlive(watch.watch(videoId, caller)
                .onItem().transformToUniAndConcatenate(event -> toSse(event, caller, sse))
                .select().where(event -> event != null), sse);
    }

    /**
     * Adds a comment every 15 s while the events flow; ends with them. The events, then an end
     * marker, are merged with the ticks, and the stream stops at the marker (cancelling the ticks).
     */
    private static Multi<OutboundSseEvent> withKeepAlive(Multi<OutboundSseEvent> events, Sse sse) {
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build();
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(
                        Multi.createBy().concatenating().streams(events, Multi.createFrom().item(end)), keepAlive)
                .select().first(event -> event != end);
    }

    private Uni<OutboundSseEvent> toSse(VideoEvent event, Caller caller, Sse sse) {
        String eventId = UUID.randomUUID().toString();
        if (event instanceof VideoEvent.ProgressMade progress) {
            return Uni.createFrom().item(event(sse, eventId, "progress", new ProgressData(event.videoId().value(),
                    "processing", progress.progress().stage().label(), progress.progress().percent(),
                    event.occurredAt())));
        }
        if (event instanceof VideoEvent.VideoQueued) {
            return Uni.createFrom().item(event(sse, eventId, "progress", new ProgressData(event.videoId().value(),
                    "queued", null, 0, event.occurredAt())));
        }
        if (event instanceof VideoEvent.StageStarted started) {
            return Uni.createFrom().item(event(sse, eventId, "stage", new StageData(event.videoId().value(),
                    started.stage().label(), "started", event.occurredAt())));
        }
        if (event instanceof VideoEvent.StageFinished finished) {
            return Uni.createFrom().item(event(sse, eventId, "stage", new StageData(event.videoId().value(),
                    finished.stage().label(), "completed", event.occurredAt())));
        }
        if (event instanceof VideoEvent.SceneComposed composed) {
            return Uni.createFrom().item(event(sse, eventId, "scene", new SceneData(event.videoId().value(),
                    composed.scene(), composed.reused(), event.occurredAt())));
        }
        String name = event instanceof VideoEvent.VideoCompleted ? "completed"
                : event instanceof VideoEvent.VideoFailed ? "failed"
                : event instanceof VideoEvent.VideoCancelled ? "cancelled" : null;
        if (name == null) {
            return Uni.createFrom().nullItem();
        }
        return get.get(event.videoId(), caller)
                .map(video -> event(sse, eventId, name, responses.of(video)))
                .onFailure().recoverWithItem(() -> event(sse, eventId, name, new StageData(event.videoId().value(),
                        null, name, event.occurredAt())));
    }

    private static OutboundSseEvent event(Sse sse, String id, String name, Object data) {
        return sse.newEventBuilder().id(id).name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build();
    }

    /** Data of a progress event. */
    public record ProgressData(UUID videoId, String status, String stage, int percent, Instant at) {
    }

    /** Data of a scene event: the scene's segment was made anew, or reused unchanged from an earlier render. */
    public record SceneData(UUID videoId, int scene, boolean reused, Instant at) {
    }

    /** Data of a stage event. */
    public record StageData(UUID videoId, String stage, String status, Instant at) {
    }
}
