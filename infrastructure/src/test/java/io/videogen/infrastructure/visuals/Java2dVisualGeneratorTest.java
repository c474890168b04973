package io.videogen.infrastructure.visuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VisualGenerator.StillRequest;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Visual;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Java2dVisualGeneratorTest {

    private static final Resolution HD = new Resolution(1280, 720);
    private static final Resolution VERTICAL = new Resolution(720, 1280);
    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private static final RgbColor BLACK = new RgbColor(0, 0, 0);

    private final Java2dVisualGenerator generator = new Java2dVisualGenerator();

    @TempDir
    Path folder;

    @Test
    void paintsExactlyTheFrameSize() throws IOException {
        BufferedImage still = paint(new StillRequest(Visual.DEFAULT, null, HD, null, WHITE, 1.0));

        assertThat(still.getWidth()).isEqualTo(1280);
        assertThat(still.getHeight()).isEqualTo(720);
    }

    @Test
    void paintsALargerEvenSizedCanvasForAKenBurnsMove() throws IOException {
        BufferedImage still = paint(new StillRequest(Visual.DEFAULT, null, new Resolution(854, 480), null, WHITE, 1.15));

        assertThat(still.getWidth()).isEqualTo(982);
        assertThat(still.getHeight()).isEqualTo(552);
    }

    @Test
    void fillsAColourExactly() throws IOException {
        RgbColor teal = new RgbColor(0x12, 0x80, 0x7f);

        BufferedImage still = paint(new StillRequest(new Visual.Color(teal), null, HD, null, WHITE, 1.0));

        assertThat(still.getRGB(0, 0) & 0xffffff).isEqualTo(teal.rgb());
        assertThat(still.getRGB(640, 360) & 0xffffff).isEqualTo(teal.rgb());
        assertThat(still.getRGB(1279, 719) & 0xffffff).isEqualTo(teal.rgb());
    }

    @Test
    void runsAGradientFromTheTopLeftToTheBottomRight() throws IOException {
        RgbColor dark = new RgbColor(10, 20, 40);
        RgbColor light = new RgbColor(200, 220, 240);

        BufferedImage still = paint(new StillRequest(new Visual.Gradient(dark, light), null, HD, null, WHITE, 1.0));

        assertThat(brightness(still, 0, 0)).isLessThan(brightness(still, 640, 360));
        assertThat(brightness(still, 640, 360)).isLessThan(brightness(still, 1279, 719));
        assertThat(distance(still.getRGB(0, 0), dark)).isLessThanOrEqualTo(3);
        assertThat(distance(still.getRGB(1279, 719), light)).isLessThanOrEqualTo(3);
    }

    @Test
    void coverFillsTheFrameCroppingThePicture() throws IOException {
        BufferedImage still = paint(new StillRequest(image(Visual.Fit.COVER), redOverBlue(), HD, null, WHITE, 1.0));

        // The square picture is cropped top and bottom: its red half reaches the frame's top
        // corners and its blue half the bottom ones.
        assertThat(new Color(still.getRGB(5, 5))).isEqualTo(Color.RED);
        assertThat(new Color(still.getRGB(1274, 5))).isEqualTo(Color.RED);
        assertThat(new Color(still.getRGB(5, 714))).isEqualTo(Color.BLUE);
    }

    @Test
    void containShowsTheWholePictureOnADarkenedBackdrop() throws IOException {
        BufferedImage still = paint(new StillRequest(image(Visual.Fit.CONTAIN), redOverBlue(), HD, null, WHITE, 1.0));

        // The square picture is 720 px high, centred: from x 280 to 1000, red on top, blue below.
        assertThat(new Color(still.getRGB(290, 5))).isEqualTo(Color.RED);
        assertThat(new Color(still.getRGB(990, 714))).isEqualTo(Color.BLUE);
        assertThat(brightness(still, 260, 100)).isLessThan(brightness(still, 300, 100) * 0.7);
        assertThat(brightness(still, 20, 360)).isGreaterThan(0);
    }

    @Test
    void rejectsAFileThatIsNotAPicture() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.png"), "not a picture");

        assertThatThrownBy(() -> generator.paint(new StillRequest(image(Visual.Fit.COVER), text, HD, null, WHITE, 1.0),
                folder.resolve("still.png")))
                .isInstanceOf(RenderStepException.class)
                .hasMessageContaining("notes.png");
    }

    @Test
    void drawsTheTitleInTheMiddleBand() throws IOException {
        BufferedImage still = paint(new StillRequest(new Visual.Color(BLACK), null, HD, "Quarterly results", WHITE, 1.0));

        assertThat(brightPixels(still, 0, 0, 1280, 250)).isZero();
        assertThat(brightPixels(still, 0, 280, 1280, 440)).isGreaterThan(2000);
        assertThat(brightPixels(still, 0, 470, 1280, 720)).isZero();
    }

    @Test
    void keepsALongTitleInsideAPortraitFrame() throws IOException {
        String title = "Seven surprisingly simple habits that make every working day calmer and more productive";

        BufferedImage still = paint(new StillRequest(new Visual.Color(BLACK), null, VERTICAL, title, WHITE, 1.0));

        int margin = (int) (720 * 0.05);
        assertThat(brightPixels(still, 0, 0, margin, 1280)).isZero();
        assertThat(brightPixels(still, 720 - margin, 0, 720, 1280)).isZero();
        assertThat(brightPixels(still, margin, 0, 720 - margin, 1280)).isGreaterThan(2000);
    }

    @Test
    void paintsTheSamePromptIdenticallyAndAnotherPromptDifferently() throws IOException {
        BufferedImage first = paint(new StillRequest(new Visual.Prompt("a lighthouse in a storm"), null, HD, null, WHITE, 1.0));
        BufferedImage again = paint(new StillRequest(new Visual.Prompt("a lighthouse in a storm"), null, HD, null, WHITE, 1.0));
        BufferedImage other = paint(new StillRequest(new Visual.Prompt("a picnic in spring"), null, HD, null, WHITE, 1.0));

        assertThat(differingPixels(first, again)).isZero();
        assertThat(differingPixels(first, other)).isGreaterThan(1280 * 720 / 2);
    }

    @Test
    void paintsAPromptAsAPictureWithDepthNotAFlatFill() throws IOException {
        BufferedImage still = paint(new StillRequest(new Visual.Prompt("product launch"), null, HD, null, WHITE, 1.0));

        double darkest = Double.MAX_VALUE;
        double lightest = 0;
        for (int y = 10; y < 720; y += 40) {
            for (int x = 10; x < 1280; x += 40) {
                darkest = Math.min(darkest, brightness(still, x, y));
                lightest = Math.max(lightest, brightness(still, x, y));
            }
        }
        assertThat(lightest - darkest).isGreaterThan(60);
    }

    private BufferedImage paint(StillRequest request) throws IOException {
        Path png = folder.resolve(UUID.randomUUID() + ".png");
        assertThat(generator.paint(request, png)).isEqualTo(png);
        return ImageIO.read(png.toFile());
    }

    private static Visual.Image image(Visual.Fit fit) {
        return new Visual.Image(AssetId.parse(UUID.randomUUID().toString()), fit);
    }

    private Path redOverBlue() throws IOException {
        BufferedImage picture = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 400, 200);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 200, 400, 200);
        graphics.dispose();
        Path file = folder.resolve("picture.png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    private static double brightness(BufferedImage image, int x, int y) {
        Color color = new Color(image.getRGB(x, y));
        return (color.getRed() + color.getGreen() + color.getBlue()) / 3.0;
    }

    private static int distance(int rgb, RgbColor expected) {
        Color color = new Color(rgb);
        return Math.max(Math.abs(color.getRed() - expected.red()),
                Math.max(Math.abs(color.getGreen() - expected.green()), Math.abs(color.getBlue() - expected.blue())));
    }

    private static int brightPixels(BufferedImage image, int fromX, int fromY, int toX, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                if (brightness(image, x, y) > 200) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
