package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.User;

public interface RegisterUserUseCase {

    /** Creates a creator account; a taken email is a conflict. */
    Uni<User> register(RegisterUserCommand command);
}
