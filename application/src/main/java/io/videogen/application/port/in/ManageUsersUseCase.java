package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What admins do with accounts. Every method refuses callers who are not admins. */
public interface ManageUsersUseCase {

    /** Accounts ordered by email; {@code emailContains} narrows the list. */
    Uni<Page<User>> list(Caller admin, Optional<String> emailContains, PageRequest page);

    Uni<User> get(Caller admin, UserId id);

    /** Replaces the account's roles; takes effect with the user's next access token (at most its lifetime). */
    Uni<User> changeRoles(Caller admin, UserId id, Set<Role> roles, RequestOrigin origin);

    /** Refuses sign-in and refresh until {@code until}, or until unlocked when empty. */
    Uni<User> lock(Caller admin, UserId id, Optional<Instant> until, RequestOrigin origin);

    /** Lifts an admin's lock and any lockout after failed sign-ins. */
    Uni<User> unlock(Caller admin, UserId id, RequestOrigin origin);
}
