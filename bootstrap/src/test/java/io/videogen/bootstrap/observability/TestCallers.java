package io.videogen.bootstrap.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Test-only stand-in for token authentication: a request with {@code X-Test-User: <uuid>} runs as
 * that user, so the log tests can see the user id on a request's lines before the JWT support lands.
 */
public class TestCallers {

    static final String HEADER = "X-Test-User";

    @ServerRequestFilter(preMatching = true)
    public void authenticate(ContainerRequestContext request) {
        String user = request.getHeaderString(HEADER);
        if (user == null) {
            return;
        }
        Principal principal = () -> user;
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return "creator".equals(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "test";
            }
        });
    }
}
