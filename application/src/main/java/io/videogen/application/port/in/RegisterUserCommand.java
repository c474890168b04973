package io.videogen.application.port.in;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.Email;
import java.util.Objects;

/** A sign-up. The password is checked against the policy here and never kept in clear. */
public record RegisterUserCommand(Email email, char[] password, String displayName) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidValueException("password",
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new InvalidValueException("password",
                    "password must have at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (new String(password).equalsIgnoreCase(email.value())) {
            throw new InvalidValueException("password", "password must not be your email address");
        }
    }
}
