package io.videogen.bootstrap.observability;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.logging.Logger;

/**
 * A test-only endpoint that logs and then fails, so the log-context test sees the lines an
 * authenticated request about a video writes: its own, and the problem mapper's for the 500.
 */
@Path("/test/observability")
public class ProbeResource {

    static final Logger LOG = Logger.getLogger(ProbeResource.class);

    @GET
    @Authenticated
    @Path("/videos/{id}/fail")
    public Uni<String> fail(@PathParam("id") String id) {
        LOG.infof("probe about to fail for marker %s", id);
        return Uni.createFrom().failure(new IllegalStateException("probe failure " + id));
    }
}
