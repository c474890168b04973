package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.GetUserUseCase;
import io.videogen.application.port.in.RegisterUserCommand;
import io.videogen.application.port.in.RegisterUserUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.PasswordPolicy;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.util.Arrays;

public final class UserService implements RegisterUserUseCase, GetUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Blocking blocking;
    private final Clock clock;

    public UserService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, Blocking blocking,
                       Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.blocking = blocking;
        this.clock = clock;
    }

    @Override
    public Uni<User> register(RegisterUserCommand command) {
        if (policy.isCommon(command.password())) {
            throw new InvalidValueException("password",
                    "this password is one of the most common ones; choose a less guessable one");
        }
        // Hashing is deliberately slow, so it runs off the event loop.
        return blocking.call(() -> {
            try {
                return hasher.hash(command.password());
            } finally {
                Arrays.fill(command.password(), '\0');
            }
        }).chain(hash -> {
            User user = User.register(UserId.random(), command.email(), command.displayName(), hash, clock.now());
            return users.add(user).replaceWith(user);
        });
    }

    @Override
    public Uni<User> get(UserId id) {
        return users.findById(id).map(found -> found.orElseThrow(() -> new ResourceNotFoundException("user", id)));
    }
}
