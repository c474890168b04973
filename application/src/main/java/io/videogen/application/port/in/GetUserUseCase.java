package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;

public interface GetUserUseCase {

    Uni<User> get(UserId id);
}
