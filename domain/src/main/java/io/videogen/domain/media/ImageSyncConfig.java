package io.videogen.domain.media;

import io.videogen.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/** How pictures follow the narration: one per scene or per sentence, moving or still, and how scenes hand over. */
public record ImageSyncConfig(Granularity granularity, boolean kenBurns, Transition transition, Duration transitionLength) {

    public static final Duration MAX_TRANSITION = Duration.ofSeconds(2);

    public enum Granularity { PER_SCENE, PER_SENTENCE }

    public enum Transition { NONE, FADE, SLIDE }

    public ImageSyncConfig {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(transitionLength, "transitionLength");
        if (transitionLength.isNegative() || transitionLength.compareTo(MAX_TRANSITION) > 0) {
            throw new InvalidValueException("transitionLength",
                    "transition length " + transitionLength.toMillis() + " ms is out of range; use 0 to "
                            + MAX_TRANSITION.toMillis() + " ms");
        }
        if (transition == Transition.NONE) {
            transitionLength = Duration.ZERO;
        }
    }

    public static ImageSyncConfig defaults() {
        return new ImageSyncConfig(Granularity.PER_SCENE, false, Transition.FADE, Duration.ofMillis(500));
    }

    public boolean hasTransition() {
        return !transitionLength.isZero();
    }
}
