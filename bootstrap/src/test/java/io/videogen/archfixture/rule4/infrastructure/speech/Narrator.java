package io.videogen.archfixture.rule4.infrastructure.speech;

import io.videogen.archfixture.rule4.infrastructure.media.Encoder;

/** A speech adapter that calls the media adapter directly. */
public class Narrator {
    public Encoder encoder;
}
