package io.videogen.infrastructure.visuals;

import io.videogen.application.port.out.VisualGenerator.StillRequest;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Visual;
import java.nio.file.Path;

/**
 * Dev tool, not a test: writes sample stills to /tmp/videogen-samples so a person can look at them
 * after changing how stills are painted. Run its main from the IDE or with the test classpath.
 */
public final class StillSamples {

    private StillSamples() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/videogen-samples");
        Java2dVisualGenerator generator = new Java2dVisualGenerator();
        RgbColor white = new RgbColor(255, 255, 255);
        Resolution landscape = new Resolution(1280, 720);
        Resolution portrait = new Resolution(720, 1280);
        generator.paint(new StillRequest(Visual.DEFAULT, null, landscape, "Welcome to videogen", white, 1.0),
                folder.resolve("still-gradient-title-1280x720.png"));
        generator.paint(new StillRequest(new Visual.Prompt("a calm ocean at sunrise"), null, landscape,
                "How the ocean breathes: tides, currents and the moon that pulls them all", white, 1.0),
                folder.resolve("still-prompt-ocean-1280x720.png"));
        generator.paint(new StillRequest(new Visual.Prompt("quarterly sales review"), null, landscape, null, white, 1.0),
                folder.resolve("still-prompt-sales-1280x720.png"));
        generator.paint(new StillRequest(new Visual.Prompt("neon city at night"), null, portrait,
                "Five things nobody tells you about living in a big city", white, 1.0),
                folder.resolve("still-prompt-night-720x1280.png"));
        generator.paint(new StillRequest(new Visual.Color(new RgbColor(0xf5, 0xf5, 0xf0)), null, landscape,
                "White on white still reads", white, 1.0),
                folder.resolve("still-light-title-1280x720.png"));
        System.out.println("wrote stills to " + folder);
    }
}
