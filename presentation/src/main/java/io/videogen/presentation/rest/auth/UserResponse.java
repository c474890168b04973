package io.videogen.presentation.rest.auth;

import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User")
public record UserResponse(UUID id, String email, String displayName, List<String> roles) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id().value(), user.email().value(), user.displayName(),
                user.roles().stream().map(Role::label).sorted().toList());
    }
}
