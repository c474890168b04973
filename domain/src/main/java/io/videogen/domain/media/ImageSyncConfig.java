package io.videogen.domain.media;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the pictures move and hand over: whether each scene's still slowly pans and zooms (Ken Burns),
 * and how long the cross-fade from one scene's picture to the next lasts.
 */
public record ImageSyncConfig(boolean kenBurns, Transition transition, Duration transitionLength) {

    public static final Duration MAX_TRANSITION = Duration.ofSeconds(2);

    /** How one scene's picture hands over to the next: a cut, or a cross-fade. */
    public enum Transition {
        NONE, FADE;

        public static Transition parse(String text, String field) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(field, "transition '" + text + "' is not supported; use none or fade");
            }
        }
    }

    public ImageSyncConfig {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(transitionLength, "transitionLength");
        if (transitionLength.isNegative() || transitionLength.compareTo(MAX_TRANSITION) > 0) {
            throw new InvalidValueException("transition.durationMs",
                    "transition length " + transitionLength.toMillis() + " ms is out of range; use 0 to "
                            + MAX_TRANSITION.toMillis() + " ms");
        }
        if (transition == Transition.NONE) {
            transitionLength = Duration.ZERO;
        }
    }

    public static ImageSyncConfig defaults() {
        return new ImageSyncConfig(false, Transition.FADE, Duration.ofMillis(500));
    }

    public boolean hasTransition() {
        return !transitionLength.isZero();
    }
}
