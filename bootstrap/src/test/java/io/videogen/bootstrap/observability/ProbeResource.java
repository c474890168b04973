package io.videogen.bootstrap.observability;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.service.VideoService;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Test-only endpoints standing in for the REST API while it is being written: a POST that creates
 * and queues a video through the real VideoService (so the request's server span is the one stored
 * with the job), and requests that log, for the log-context tests. When POST /api/v1/videos lands,
 * the end-to-end test should use it instead of {@link #create}.
 */
@Path("/test/observability")
public class ProbeResource {

    static final Logger LOG = Logger.getLogger(ProbeResource.class);

    @Inject
    VideoService videos;

    @POST
    @Path("/videos")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<Response> create(String script, @Context SecurityContext security) {
        Caller caller = new Caller(new UserId(UUID.fromString(security.getUserPrincipal().getName())),
                Set.of(Role.CREATOR));
        VideoDraft draft = new VideoDraft(new VideoTitle("Observed"), new ScriptSource.PlainText(script), null, null,
                null, VideoConfig.of("640x360", null, 25, "draft"), null, null, null, null, null, Map.of(), null);
        return videos.create(new CreateVideoCommand(caller, draft))
                .invoke(video -> LOG.infof("probe created a video (%s)", script.length() + " characters"))
                .map(video -> Response.accepted(video.id().toString()).build());
    }

    /** Logs a line on the event loop, then fails, so the problem mapper logs the unexpected error too. */
    @GET
    @Path("/videos/{id}/fail")
    public Uni<String> fail(@PathParam("id") String id) {
        LOG.infof("probe about to fail for marker %s", id);
        return Uni.createFrom().failure(new IllegalStateException("probe failure " + id));
    }
}
