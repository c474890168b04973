package io.videogen.infrastructure.avatar;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarConfig.Placement;
import io.videogen.domain.avatar.AvatarConfig.Shape;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Resolution;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Dev tool, not a test: composites every pose of the presenter on a background at 1280x720 and
 * 720x1280 into /tmp/videogen-samples, so a person can look at them after changing the drawing.
 */
public final class PresenterSamples {

    private PresenterSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/videogen-samples");
        Files.createDirectories(folder);
        ProceduralAvatarAnimator animator = new ProceduralAvatarAnimator();
        AvatarLook look = AvatarLook.Procedural.defaults();
        AvatarLook other = new AvatarLook.Procedural(new RgbColor(0x8d, 0x5a, 0x3b), new RgbColor(0x1a, 0x12, 0x10),
                new RgbColor(0xb0, 0x3a, 0x2e), new RgbColor(0xf6, 0xe7, 0xc8));
        for (Resolution frame : List.of(new Resolution(1280, 720), new Resolution(720, 1280))) {
            String size = frame.width() + "x" + frame.height();
            sheet(animator, look, new AvatarConfig(Placement.BOTTOM_RIGHT, Shape.CIRCLE, 0.3), frame,
                    folder.resolve("presenter-poses-circle-" + size + ".png"));
            sheet(animator, other, new AvatarConfig(Placement.TOP_LEFT, Shape.RECTANGLE, 0.3), frame,
                    folder.resolve("presenter-poses-card-" + size + ".png"));
            sheet(animator, look, new AvatarConfig(Placement.RIGHT, Shape.CIRCLE, 0.3), frame,
                    folder.resolve("presenter-poses-right-" + size + ".png"));
            one(animator, other, new AvatarConfig(Placement.FULL, Shape.CIRCLE, 0.3), frame, 4,
                    folder.resolve("presenter-full-" + size + ".png"));
        }
        System.out.println("wrote presenter samples to " + folder);
    }

    /** The frame with the first pose, and a sheet of every pose cut out of its frame at full size. */
    private static void sheet(ProceduralAvatarAnimator animator, AvatarLook look, AvatarConfig config, Resolution frame,
                              Path file) {
        AvatarPerformance performance = animator.perform(look, null, config, frame, null, 0, 1, 30);
        write(composite(frame, performance, 0), file);
        BufferedImage first = image(performance.poses().get(0));
        int columns = 6;
        int rows = (performance.poses().size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(first.getWidth() * columns, first.getHeight() * rows,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        for (int pose = 0; pose < performance.poses().size(); pose++) {
            // Columns are mouth shapes, rows alternate eyes open and closed.
            int column = pose / 2;
            int row = pose % 2;
            BufferedImage tile = composite(frame, performance, pose).getSubimage(performance.x(), performance.y(),
                    first.getWidth(), first.getHeight());
            graphics.drawImage(tile, column * first.getWidth(), row * first.getHeight(), null);
        }
        graphics.dispose();
        write(sheet, Path.of(file.toString().replace(".png", "-sheet.png")));
    }

    private static void one(ProceduralAvatarAnimator animator, AvatarLook look, AvatarConfig config, Resolution frame,
                            int pose, Path file) {
        AvatarPerformance performance = animator.perform(look, null, config, frame, null, 0, 1, 30);
        write(composite(frame, performance, pose), file);
    }

    private static BufferedImage image(io.videogen.application.port.out.AvatarAnimator.Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        return image;
    }

    private static BufferedImage composite(Resolution frame, AvatarPerformance performance, int pose) {
        BufferedImage background = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = background.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x1e, 0x3c, 0x72), frame.width(), frame.height(),
                new Color(0x2a, 0x52, 0x98)));
        graphics.fillRect(0, 0, frame.width(), frame.height());
        graphics.drawImage(image(performance.poses().get(pose)), performance.x(), performance.y(), null);
        graphics.dispose();
        return background;
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
