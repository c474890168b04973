package io.videogen.domain.user;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, normalised (trimmed, lower case) so that one mailbox is one account. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("email", "email is required and at most " + MAX_LENGTH + " characters");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "'" + value + "' is not an email address; write it like ana@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
