package io.videogen.domain.media;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.RgbColor;
import java.util.Objects;

/** How burned-in captions look. Font size is in pixels at 720 lines and scales with the frame. */
public record CaptionStyle(int fontSize, RgbColor textColor, RgbColor boxColor, double boxOpacity, Position position) {

    public enum Position { BOTTOM, TOP, CENTER }

    public CaptionStyle {
        Guard.between(fontSize, 12, 96, "captionStyle.fontSize");
        Objects.requireNonNull(textColor, "captionStyle.textColor");
        Objects.requireNonNull(boxColor, "captionStyle.boxColor");
        Guard.between(boxOpacity, 0.0, 1.0, "captionStyle.boxOpacity");
        Objects.requireNonNull(position, "captionStyle.position");
    }

    public static CaptionStyle defaults() {
        return new CaptionStyle(34, new RgbColor(255, 255, 255), new RgbColor(0, 0, 0), 0.55, Position.BOTTOM);
    }
}
