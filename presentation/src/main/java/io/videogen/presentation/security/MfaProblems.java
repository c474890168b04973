package io.videogen.presentation.security;

import io.videogen.application.port.in.MfaRequiredException;
import io.videogen.application.port.in.SecondFactorRejectedException;
import io.videogen.presentation.problem.ErrorCode;
import io.videogen.presentation.problem.Problem;
import io.videogen.presentation.problem.ProblemMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problem documents of the second sign-in step: {@code 401 MFA_REQUIRED} carrying the
 * {@code mfaToken} member, and a rejected code, whose message says what to do.
 */
public class MfaProblems {

    @ServerExceptionMapper
    public Response mfaRequired(MfaRequiredException e, ContainerRequestContext request, HttpServerRequest http) {
        Response plain = ProblemMapper.problem(ErrorCode.MFA_REQUIRED, e.getMessage(), request, http);
        Problem problem = (Problem) plain.getEntity();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", problem.instance());
        body.put("code", problem.code());
        body.put("requestId", problem.requestId());
        body.put("mfaToken", e.mfaToken());
        return Response.fromResponse(plain).entity(body).type(Problem.MEDIA_TYPE).build();
    }

    @ServerExceptionMapper
    public Response rejected(SecondFactorRejectedException e, ContainerRequestContext request, HttpServerRequest http) {
        return ProblemMapper.problem(ErrorCode.AUTHENTICATION_REQUIRED, e.getMessage(), request, http);
    }
}
