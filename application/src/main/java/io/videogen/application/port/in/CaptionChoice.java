package io.videogen.application.port.in;

import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.shared.RgbColor;

/**
 * What a video's request says about its captions. Each part left null keeps the template's choice
 * (or the service's default): burned in, the template's look, highlight colour and position.
 */
public record CaptionChoice(Boolean burnIn, CaptionStyle.Look look, RgbColor highlightColor,
                            CaptionStyle.Position position) {

    public static CaptionChoice burnIn(boolean burnIn) {
        return new CaptionChoice(burnIn, null, null, null);
    }

    public boolean burnsIn() {
        return burnIn == null || burnIn;
    }

    public CaptionStyle applyTo(CaptionStyle style) {
        return style.with(look, highlightColor, position);
    }
}
