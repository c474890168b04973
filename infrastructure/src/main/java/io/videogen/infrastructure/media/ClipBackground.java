package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Visual;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A video playing behind a scene: the clip's picture for each moment of the scene, looped when the
 * scene outlasts it (a scene shorter than the clip simply ends early: trimmed). Frames are decoded in
 * order and only the one shown is converted.
 */
final class ClipBackground implements AutoCloseable {

    private final VideoFrameReader reader;
    private final Path file;
    private final Visual.Fit fit;
    /** Scene time at which the current pass through the clip began. */
    private double passStart;
    private boolean pending;
    private double pendingAt;
    private double shownAt = -1;
    /** The time between the clip's frames, as last seen (a 30 fps clip's until two frames were read). */
    private double gap = 1.0 / 30;
    private boolean decodedThisPass;
    private BufferedImage shown;

    ClipBackground(Path file, Visual.Fit fit, int threads) {
        this.file = file;
        this.fit = fit;
        this.reader = new VideoFrameReader(file, null, threads);
    }

    /** Draws the clip's picture for {@code seconds} into the scene, filling the frame as the fit says. */
    void draw(Graphics2D g, double seconds, int width, int height) {
        BufferedImage picture = pictureAt(seconds);
        double scale = fit == Visual.Fit.CONTAIN
                ? Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight())
                : Math.max((double) width / picture.getWidth(), (double) height / picture.getHeight());
        int w = (int) Math.round(picture.getWidth() * scale);
        int h = (int) Math.round(picture.getHeight() * scale);
        if (fit == Visual.Fit.CONTAIN) {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h, null);
    }

    private BufferedImage pictureAt(double seconds) {
        while (true) {
            if (!pending) {
                if (!reader.nextFrame()) {
                    if (!decodedThisPass) {
                        throw new RenderStepException("no picture could be decoded from the clip " + file.getFileName(),
                                false);
                    }
                    // played to the end: start again, right after the last frame's time
                    passStart += shownAt + gap;
                    shownAt = -1;
                    decodedThisPass = false;
                    reader.rewind();
                    continue;
                }
                pending = true;
                pendingAt = reader.currentSeconds();
            }
            if (shown != null && pendingAt > seconds - passStart + 1e-6) {
                return shown;
            }
            if (shownAt >= 0 && pendingAt > shownAt) {
                gap = pendingAt - shownAt;
            }
            shown = reader.current();
            shownAt = pendingAt;
            pending = false;
            decodedThisPass = true;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
