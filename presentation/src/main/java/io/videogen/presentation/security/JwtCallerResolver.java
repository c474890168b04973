package io.videogen.presentation.security;

import io.videogen.domain.shared.AuthenticationFailedException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller named by the verified access token: {@code sub} is the user id, {@code groups} the roles. */
@RequestScoped
class JwtCallerResolver implements CallerResolver {

    private final JsonWebToken token;

    JwtCallerResolver(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public Caller current() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw new AuthenticationFailedException("sign in and send the access token as 'Authorization: Bearer <token>'");
        }
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("the access token does not name a user; sign in again");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : token.getGroups()) {
            for (Role role : Role.values()) {
                if (role.label().equals(group)) {
                    roles.add(role);
                }
            }
        }
        return new Caller(new UserId(id), roles);
    }
}
