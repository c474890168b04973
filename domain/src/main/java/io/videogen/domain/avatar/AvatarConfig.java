package io.videogen.domain.avatar;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/** Where the presenter stands in the frame, how big, and the shape of its frame. */
public record AvatarConfig(Placement placement, Shape shape, double scale) {

    public enum Placement {
        BOTTOM_RIGHT, BOTTOM_LEFT, TOP_RIGHT, TOP_LEFT, LEFT, RIGHT, FULL;

        public static Placement parse(String text) {
            return AvatarConfig.parse(Placement.class, text, "placement",
                    "bottom-right, bottom-left, top-right, top-left, left, right or full");
        }

        public boolean isCorner() {
            return this == BOTTOM_RIGHT || this == BOTTOM_LEFT || this == TOP_RIGHT || this == TOP_LEFT;
        }
    }

    public enum Shape {
        CIRCLE, RECTANGLE;

        public static Shape parse(String text) {
            return AvatarConfig.parse(Shape.class, text, "shape", "circle or rectangle");
        }
    }

    public AvatarConfig {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(shape, "shape");
        Guard.between(scale, 0.1, 1.0, "avatar.scale");
    }

    public static AvatarConfig defaults() {
        return new AvatarConfig(Placement.BOTTOM_RIGHT, Shape.CIRCLE, 0.3);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String allowed) {
        try {
            return Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("avatar." + field, field + " '" + text + "' is not supported; use " + allowed);
        }
    }
}
