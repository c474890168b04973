package io.videogen.bootstrap.worker;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A process without the api role (a worker-only process) answers only its health and metrics
 * endpoints under {@code /q/}; every other path is 404, so a load balancer that reaches it by
 * mistake gets no half-working API.
 */
@Singleton
class ApiRoleGate {

    void register(@Observes Filters filters, RolesConfig roles) {
        if (roles.parsed().api()) {
            return;
        }
        filters.register(request -> {
            if (request.normalizedPath().startsWith("/q/")) {
                request.next();
            } else {
                request.response().setStatusCode(404).putHeader("Content-Type", "text/plain")
                        .end("this videogen process has only the worker role; send API requests to an api process");
            }
        }, 10_000);
    }
}
