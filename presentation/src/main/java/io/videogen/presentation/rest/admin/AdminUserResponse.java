package io.videogen.presentation.rest.admin;

import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as admins see it: with its lock. Never with its password hash. */
@Schema(name = "AdminUser")
public record AdminUserResponse(UUID id, String email, String displayName, List<String> roles,
                                @Schema(description = "Sign-in is refused until then; absent when not locked")
                                Instant lockedUntil,
                                Instant createdAt) {

    static AdminUserResponse of(User user) {
        User.Snapshot s = user.snapshot();
        return new AdminUserResponse(s.id().value(), s.email().value(), s.displayName(),
                s.roles().stream().map(Role::label).sorted().toList(), s.lockedUntil(), s.createdAt());
    }
}
