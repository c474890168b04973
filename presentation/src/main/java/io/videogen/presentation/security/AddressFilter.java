package io.videogen.presentation.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.videogen.application.port.in.AddressGate;
import io.videogen.presentation.problem.ErrorCode;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * The address rules, applied to every route before anything else (authentication, rate limits,
 * static files): a refused client gets {@code 403 ADDRESS_DENIED}. The client address is the one
 * the proxy settings make of the connection and X-Forwarded-For. Health checks are exempt, so a
 * rule never makes the orchestrator restart a healthy pod.
 */
@ApplicationScoped
public class AddressFilter {

    /** Before the request id, the rate limits and authentication. */
    static final int PRIORITY = 1000;

    private final AddressGate gate;

    public AddressFilter(AddressGate gate) {
        this.gate = gate;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith("/q/health")) {
            routing.next();
            return;
        }
        String address = routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        Optional<String> refusal = gate.refusesRequest(address);
        if (refusal.isEmpty()) {
            routing.next();
            return;
        }
        RouteProblems.answer(routing, ErrorCode.ADDRESS_DENIED, "requests from your address (" + address
                + ") are not allowed here; ask the service's admin if you think this is wrong");
    }
}
