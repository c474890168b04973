package io.videogen.archfixture.rule4.presentation;

import io.videogen.archfixture.rule4.infrastructure.media.Encoder;

/** An inbound adapter that skips the application. */
public class Resource {
    public Encoder encoder;
}
