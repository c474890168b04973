package io.videogen.archfixture.rule4.infrastructure.media;

public class Encoder {
}
