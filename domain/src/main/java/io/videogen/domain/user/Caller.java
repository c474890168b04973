package io.videogen.domain.user;

import java.util.Objects;
import java.util.Set;

/** Who is asking: the signed-in user and their roles. Admins see everything; others only their own. */
public record Caller(UserId userId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean seesEverything() {
        return roles.contains(Role.ADMIN);
    }

    public boolean mayCreate() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.CREATOR);
    }

    /** Whether something owned by {@code owner} is visible to this caller. */
    public boolean sees(UserId owner) {
        return seesEverything() || userId.equals(owner);
    }
}
