package io.videogen.presentation.problem;

import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every provider of a chain failed: 503 PROVIDER_UNAVAILABLE with the soonest Retry-After a link
 * gave. A monthly quota used up: 429 QUOTA_EXCEEDED with Retry-After until the month ends.
 */
public class ProviderProblems {

    @ServerExceptionMapper
    public Response quota(QuotaExceededException e, ContainerRequestContext request, HttpServerRequest http) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(ProblemMapper.problem(ErrorCode.QUOTA_EXCEEDED, e.getMessage(), request, http))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    @ServerExceptionMapper
    public Response unavailable(ProviderUnavailableException e, ContainerRequestContext request,
                                HttpServerRequest http) {
        long seconds = e.retryAfter() == null ? 30 : Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(ProblemMapper.problem(ErrorCode.PROVIDER_UNAVAILABLE, e.getMessage()
                        + "; try again in " + seconds + " s", request, http))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }
}
