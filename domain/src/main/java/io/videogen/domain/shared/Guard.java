package io.videogen.domain.shared;

import java.util.Objects;

/** Checks shared by the value objects' constructors; each failure names the field and the fix. */
public final class Guard {

    private Guard() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        Objects.requireNonNull(value);
        if (value.length() > max) {
            throw new InvalidValueException(field,
                    field + " has " + value.length() + " characters; shorten it to at most " + max);
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field,
                    field + " is " + value + "; use a value from " + min + " to " + max);
        }
        return value;
    }

    public static double between(double value, double min, double max, String field) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new InvalidValueException(field,
                    field + " is " + value + "; use a value from " + min + " to " + max);
        }
        return value;
    }
}
