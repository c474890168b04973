package io.videogen.presentation.security;

import io.videogen.application.port.in.RateLimitedException;
import io.videogen.presentation.problem.ErrorCode;
import io.videogen.presentation.problem.ProblemMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem documents for the abuse limits: 429 with Retry-After, and 413. */
public class LimitProblems {

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, ContainerRequestContext request, HttpServerRequest http) {
        return Response.fromResponse(ProblemMapper.problem(ErrorCode.RATE_LIMITED, e.getMessage(), request, http))
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, ContainerRequestContext request, HttpServerRequest http) {
        return ProblemMapper.problem(ErrorCode.PAYLOAD_TOO_LARGE, e.detail(), request, http);
    }
}
