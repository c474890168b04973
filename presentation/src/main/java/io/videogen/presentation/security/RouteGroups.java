package io.videogen.presentation.security;

import io.videogen.application.port.in.LimitRequestsUseCase.RouteGroup;
import java.util.Optional;

/** Which rate limit a request falls under, by method and path. Only the API is limited. */
final class RouteGroups {

    private RouteGroups() {
    }

    static Optional<RouteGroup> of(String method, String path) {
        if (!path.startsWith("/api/") && !path.startsWith("/.well-known/")) {
            return Optional.empty();
        }
        if (path.startsWith("/api/v1/auth/")) {
            return Optional.of(RouteGroup.AUTH);
        }
        if ("POST".equals(method) && (path.equals("/api/v1/videos") || path.equals("/api/v1/videos/")
                || path.equals("/api/v1/scripts") || path.equals("/api/v1/scripts/")
                || path.equals("/api/v1/batches") || path.equals("/api/v1/batches/")
                || path.startsWith("/api/v1/videos/") && path.endsWith("/translations"))) {
            return Optional.of(RouteGroup.CREATE_VIDEO);
        }
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return Optional.of(RouteGroup.READ);
        }
        return Optional.of(RouteGroup.WRITE);
    }
}
