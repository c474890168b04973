package io.videogen.archfixture.rule5.infrastructure;

import jakarta.ws.rs.Path;

/** A REST resource outside presentation. */
@Path("/videos")
public class VideoEndpoint {
}
