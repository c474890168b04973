package io.videogen.application.port.in;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.Email;
import java.util.Objects;

/**
 * A sign-in attempt.
 *
 * @param clientAddress where the request came from, for abuse limits and the audit trail
 */
public record LoginCommand(Email email, char[] password, String clientAddress) {

    public LoginCommand {
        Objects.requireNonNull(email, "email");
        if (password == null || password.length == 0) {
            throw new InvalidValueException("password", "password is required");
        }
        if (password.length > RegisterUserCommand.MAX_PASSWORD_LENGTH) {
            throw new InvalidValueException("password",
                    "password must have at most " + RegisterUserCommand.MAX_PASSWORD_LENGTH + " characters");
        }
    }
}
