package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;

/** The first admin, made from configuration when the service starts. */
public interface ProvisionAdminUseCase {

    /**
     * Creates an admin account with the command's email and password unless an account with that
     * email exists, which is left as it is.
     *
     * @return true when the account was created
     */
    Uni<Boolean> provision(RegisterUserCommand command);
}
