package io.videogen.infrastructure.visuals;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.VisualGenerator;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Visual;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Paints scene stills offline with Java2D: colours, gradients, the user's images, the picture an
 * image provider generated for a prompt or else an abstract one (there is no image model offline),
 * and the title card on top.
 */
@ApplicationScoped
public class Java2dVisualGenerator implements VisualGenerator {

    private static final RgbColor WHITE = new RgbColor(255, 255, 255);

    @Override
    public Path paint(StillRequest request, Path pngFile) {
        Canvas canvas = Canvas.of(request.frame(), request.oversize());
        BufferedImage still = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = still.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            paintBackground(request, still, graphics);
            if (request.title() != null && !request.title().isBlank()) {
                RgbColor color = request.titleColor() == null ? WHITE : request.titleColor();
                new TitleCard(request.title(), color).draw(graphics, canvas);
            }
        } finally {
            graphics.dispose();
        }
        return PngFiles.write(still, pngFile);
    }

    private static void paintBackground(StillRequest request, BufferedImage still, Graphics2D graphics) {
        Visual visual = request.visual() == null ? Visual.DEFAULT : request.visual();
        // Java 17 has no pattern matching for switch, so the sealed cases are tested in turn.
        if (visual instanceof Visual.Color color) {
            graphics.setColor(new java.awt.Color(color.color().rgb()));
            graphics.fillRect(0, 0, still.getWidth(), still.getHeight());
        } else if (visual instanceof Visual.Gradient gradient) {
            DiagonalGradient.paint(still, gradient.from(), gradient.to());
        } else if (visual instanceof Visual.Image image) {
            if (request.sourceImage() == null) {
                throw new RenderStepException("the image visual " + image.assetId() + " has no local copy to paint", false);
            }
            SourcePicture.paint(graphics, SourcePicture.read(request.sourceImage()), image.fit(),
                    still.getWidth(), still.getHeight());
        } else if (visual instanceof Visual.Prompt && request.sourceImage() != null) {
            // a picture an image provider generated for the prompt, already inspected
            SourcePicture.paint(graphics, SourcePicture.read(request.sourceImage()), Visual.Fit.COVER,
                    still.getWidth(), still.getHeight());
        } else if (visual instanceof Visual.Prompt prompt) {
            PromptArt.forPrompt(prompt.prompt()).paint(still, graphics);
        } else if (visual instanceof Visual.Clip clip && request.sourceImage() != null) {
            // the clip's first picture (taken out by the composer): where a still stands for the clip,
            // uploaded or generated for its prompt
            SourcePicture.paint(graphics, SourcePicture.read(request.sourceImage()), clip.fit(),
                    still.getWidth(), still.getHeight());
        } else if (visual instanceof Visual.Clip clip && clip.uploaded()) {
            throw new RenderStepException("the clip " + clip.assetId() + " has no first picture to paint", false);
        } else if (visual instanceof Visual.Clip clip) {
            PromptArt.forPrompt(clip.prompt()).paint(still, graphics);
        } else {
            throw new IllegalStateException("no painter for " + visual.getClass().getSimpleName());
        }
    }
}
