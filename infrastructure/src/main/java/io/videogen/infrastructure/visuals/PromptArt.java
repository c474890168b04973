package io.videogen.infrastructure.visuals;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a prompt gets without an image model: an abstract picture of soft light, layered waves and
 * bokeh, in colours the prompt's words suggest. The same prompt always paints the same picture
 * (a content hash caches it); another prompt paints another one.
 */
final class PromptArt {

    private final Palette palette;
    private final long seed;

    private PromptArt(Palette palette, long seed) {
        this.palette = palette;
        this.seed = seed;
    }

    private static final long GRAIN_SEED = 0x2545F4914F6CDD1DL;

    static PromptArt forPrompt(String prompt) {
        long seed = seedOf(prompt);
        return new PromptArt(Palette.forPrompt(prompt, new SplittableRandom(seed)), seed);
    }

    void paint(BufferedImage image, Graphics2D graphics) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int width = image.getWidth();
        int height = image.getHeight();
        double diagonal = Math.hypot(width, height);

        graphics.setPaint(new GradientPaint(0, 0, palette.deep(), (float) (width * 0.35), height, palette.mid()));
        graphics.fillRect(0, 0, width, height);

        for (int i = 0; i < 6; i++) {
            Color glow = random.nextBoolean() ? palette.light() : palette.accent();
            glow(graphics, width * random.nextDouble(), height * random.nextDouble(-0.1, 1.0),
                    diagonal * random.nextDouble(0.18, 0.45), glow, random.nextDouble(0.25, 0.55));
        }
        for (int i = 0; i < 3; i++) {
            wave(graphics, random, width, height, height * (0.45 + 0.16 * i + random.nextDouble(-0.05, 0.05)), i);
        }
        int bokeh = 10 + random.nextInt(12);
        for (int i = 0; i < bokeh; i++) {
            double radius = diagonal * random.nextDouble(0.006, 0.03);
            glow(graphics, width * random.nextDouble(), height * random.nextDouble(0.05, 0.65), radius,
                    palette.spark(), random.nextDouble(0.2, 0.6));
        }
        vignette(graphics, width, height);
        grain(image);
    }

    private static void glow(Graphics2D graphics, double x, double y, double radius, Color color, double strength) {
        Color centre = withAlpha(color, strength);
        Color edge = withAlpha(color, 0);
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius,
                new float[] {0f, 0.4f, 1f}, new Color[] {centre, withAlpha(color, strength * 0.45), edge}));
        graphics.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
    }

    /** A band of colour rising and falling across the picture, like a far hill or a ribbon of light. */
    private void wave(Graphics2D graphics, SplittableRandom random, int width, int height, double baseline, int layer) {
        double amplitude = height * random.nextDouble(0.04, 0.10);
        double phase = random.nextDouble(Math.PI * 2);
        double cycles = random.nextDouble(0.6, 1.6);
        Path2D.Double band = new Path2D.Double();
        band.moveTo(0, height);
        int steps = 48;
        for (int i = 0; i <= steps; i++) {
            double x = width * i / (double) steps;
            double angle = phase + cycles * Math.PI * 2 * i / steps;
            double y = baseline + amplitude * (Math.sin(angle) + 0.35 * Math.sin(angle * 2.3 + phase));
            band.lineTo(x, y);
        }
        band.lineTo(width, height);
        band.closePath();
        Color top = layer == 0 ? palette.light() : palette.mid();
        graphics.setPaint(new GradientPaint(0, (float) (baseline - amplitude), withAlpha(top, 0.30 + 0.1 * layer),
                0, height, withAlpha(palette.deep(), 0.55 + 0.15 * layer)));
        graphics.fill(band);
    }

    private static void vignette(Graphics2D graphics, int width, int height) {
        float radius = (float) (Math.hypot(width, height) * 0.62);
        graphics.setPaint(new RadialGradientPaint(new Point2D.Double(width / 2.0, height / 2.0), radius,
                new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 25), new Color(0, 0, 0, 140)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        graphics.fillRect(0, 0, width, height);
    }

    /**
     * Fine film grain; it also dithers the soft gradients, which would otherwise band. The same
     * grain for every picture, so a cross-fade between two keeps it still (cheap to encode).
     */
    private static void grain(BufferedImage image) {
        SplittableRandom random = new SplittableRandom(GRAIN_SEED);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt(7) - 3;
            int pixel = pixels[i];
            pixels[i] = (clamp(((pixel >> 16) & 0xff) + noise) << 16)
                    | (clamp(((pixel >> 8) & 0xff) + noise) << 8)
                    | clamp((pixel & 0xff) + noise);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    private static long seedOf(String prompt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(prompt.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                seed = (seed << 8) | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
