package io.videogen.bootstrap.daemon;

import java.time.Duration;

/**
 * How long the render daemon waits for a client before it stops itself: {@code VIDEOGEN_DAEMON_IDLE}
 * as a number of seconds or with a unit ({@code 90s}, {@code 30m}, {@code 2h}); {@value #DEFAULT} by
 * default (ADR 0036).
 */
final class IdleTimeout {

    static final String DEFAULT = "30m";

    private IdleTimeout() {
    }

    static Duration parse(String text) {
        String value = text == null || text.isBlank() ? DEFAULT : text.trim();
        char unit = value.charAt(value.length() - 1);
        String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        long amount;
        try {
            amount = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("VIDEOGEN_DAEMON_IDLE=" + text + " is no duration; write e.g. 90s, 30m or 2h");
        }
        Duration duration = switch (unit) {
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 's' -> Duration.ofSeconds(amount);
            default -> {
                if (!Character.isDigit(unit)) {
                    throw new IllegalArgumentException("VIDEOGEN_DAEMON_IDLE=" + text + ": the unit is s, m or h");
                }
                yield Duration.ofSeconds(amount);
            }
        };
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("VIDEOGEN_DAEMON_IDLE=" + text + " must be more than nothing");
        }
        return duration;
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
