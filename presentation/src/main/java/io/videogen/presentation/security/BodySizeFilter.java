package io.videogen.presentation.security;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body that announces itself as too large, before it is read: JSON and everything else
 * above videogen.http.max-json-body, multipart uploads above quarkus.http.limits.max-body-size
 * (which Quarkus also enforces on bodies without a Content-Length).
 */
public class BodySizeFilter {

    private final long maxJson;
    private final long maxUpload;

    public BodySizeFilter(HttpHardeningConfig config,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                          MemorySize maxBody) {
        this.maxJson = config.maxJsonBody().asLongValue();
        this.maxUpload = maxBody.asLongValue();
    }

    @ServerRequestFilter(preMatching = true, priority = RequestOrigins.PRIORITY + 5)
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException malformed) {
            return; // Vert.x refuses a malformed Content-Length itself
        }
        MediaType type = request.getMediaType();
        boolean upload = type != null && "multipart".equalsIgnoreCase(type.getType());
        long limit = upload ? maxUpload : maxJson;
        if (bytes > limit) {
            throw new BodyTooLargeException(bytes, limit, upload);
        }
    }
}
