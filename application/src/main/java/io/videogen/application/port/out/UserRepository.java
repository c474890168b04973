package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.util.Optional;

public interface UserRepository {

    /** Adds a user; fails with {@link DuplicateException} when the email is taken. */
    Uni<Void> add(User user);

    Uni<User> save(User user);

    Uni<Optional<User>> findById(UserId id);

    Uni<Optional<User>> findByEmail(Email email);

    /** Every account ordered by email, or those whose email contains {@code emailContains}. */
    Uni<Page<User>> list(Optional<String> emailContains, PageRequest page);
}
