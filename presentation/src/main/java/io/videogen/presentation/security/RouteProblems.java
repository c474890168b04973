package io.videogen.presentation.security;

import io.videogen.presentation.problem.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * A problem document answered by a route filter, which runs before the REST layer and its
 * {@code ProblemMapper} (address rules, switched-off pages).
 */
final class RouteProblems {

    private RouteProblems() {
    }

    static void answer(RoutingContext routing, ErrorCode code, String detail) {
        String requestId = UUID.randomUUID().toString();
        JsonObject problem = new JsonObject()
                .put("type", code.type()).put("title", code.title()).put("status", code.status())
                .put("detail", detail)
                .put("instance", routing.normalizedPath()).put("code", code.name()).put("requestId", requestId);
        routing.response().setStatusCode(code.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("X-Request-Id", requestId)
                .end(problem.encode());
    }
}
