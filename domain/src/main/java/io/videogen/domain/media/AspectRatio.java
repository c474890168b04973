package io.videogen.domain.media;

import io.videogen.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The frame shapes a video can have, each with the resolution used when none is given. */
public enum AspectRatio {
    LANDSCAPE("16:9", 16, 9, new Resolution(1280, 720)),
    PORTRAIT("9:16", 9, 16, new Resolution(720, 1280)),
    SQUARE("1:1", 1, 1, new Resolution(1080, 1080));

    private final String label;
    private final int width;
    private final int height;
    private final Resolution defaultResolution;

    AspectRatio(String label, int width, int height, Resolution defaultResolution) {
        this.label = label;
        this.width = width;
        this.height = height;
        this.defaultResolution = defaultResolution;
    }

    public static AspectRatio parse(String label) {
        return Arrays.stream(values())
                .filter(ratio -> ratio.label.equals(label == null ? null : label.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("output.aspectRatio",
                        "aspectRatio '" + label + "' is not supported; use one of "
                                + Arrays.stream(values()).map(AspectRatio::label).collect(Collectors.joining(", "))));
    }

    /** The ratio of a resolution, if it is one of ours within 1 % (854x480 counts as 16:9). */
    public static java.util.Optional<AspectRatio> of(Resolution resolution) {
        return Arrays.stream(values()).filter(ratio -> ratio.matches(resolution)).findFirst();
    }

    public boolean matches(Resolution resolution) {
        double actual = (double) resolution.width() / resolution.height();
        double expected = (double) width / height;
        return Math.abs(actual - expected) / expected < 0.01;
    }

    public String label() {
        return label;
    }

    public Resolution defaultResolution() {
        return defaultResolution;
    }
}
