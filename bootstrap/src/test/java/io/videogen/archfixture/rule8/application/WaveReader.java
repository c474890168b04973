package io.videogen.archfixture.rule8.application;

import java.awt.image.BufferedImage;
import javax.sound.sampled.AudioFormat;

/** Planted violation of rule 8: the application reads a media format itself. */
public class WaveReader {

    public AudioFormat format() {
        return new AudioFormat(16_000, 16, 1, true, false);
    }

    public BufferedImage picture() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    }
}
