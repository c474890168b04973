package io.videogen.application.render;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.media.Visual;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A written script kept in the workspace, so a render resumed after the script stage uses the
 * script it narrated before instead of asking the writer again. One line per scene and per caption
 * cue, each text field Base64-encoded so no tab or line break can break the format.
 */
final class ScriptArtefact {

    private static final String FORMAT = "videogen-script 2";

    private ScriptArtefact() {
    }

    static String write(Script script) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        for (Scene scene : script.scenes()) {
            out.append("scene\t").append(scene.index()).append('\t').append(text(scene.text())).append('\t')
                    .append(text(scene.caption())).append('\t').append(text(scene.title())).append('\t')
                    .append(scene.avatar()).append('\t').append(visual(scene.visual())).append('\n');
            for (CaptionCue cue : scene.cues()) {
                out.append("cue\t").append(cue.index()).append('\t').append(cue.pauseBefore().toMillis());
                cue.lines().forEach(line -> out.append('\t').append(text(line)));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The script kept at this path; empty when there is none or it cannot be read (it is then written again). */
    static Optional<Script> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !FORMAT.equals(lines.get(0))) {
                return Optional.empty();
            }
            List<Scene> scenes = new ArrayList<>();
            String[] scene = null;
            List<CaptionCue> cues = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("scene")) {
                    if (scene != null) {
                        scenes.add(scene(scene, cues));
                    }
                    scene = f;
                    cues = new ArrayList<>();
                } else if (f[0].equals("cue")) {
                    List<String> cueLines = new ArrayList<>();
                    for (int i = 3; i < f.length; i++) {
                        cueLines.add(untext(f[i]));
                    }
                    cues.add(new CaptionCue(Integer.parseInt(f[1]), cueLines,
                            java.time.Duration.ofMillis(Long.parseLong(f[2]))));
                }
            }
            if (scene != null) {
                scenes.add(scene(scene, cues));
            }
            return Optional.of(new Script(scenes));
        } catch (IOException | RuntimeException e) {
            // A damaged artefact is simply made again.
            return Optional.empty();
        }
    }

    private static Scene scene(String[] f, List<CaptionCue> cues) {
        return new Scene(Integer.parseInt(f[1]), untext(f[2]), untext(f[3]), untext(f[4]),
                unvisual(f[6]), Boolean.parseBoolean(f[5]), cues);
    }

    private static String visual(Visual visual) {
        if (visual instanceof Visual.Color color) {
            return "color:" + color.color().hex();
        }
        if (visual instanceof Visual.Gradient gradient) {
            return "gradient:" + gradient.from().hex() + ":" + gradient.to().hex();
        }
        if (visual instanceof Visual.Image image) {
            return "image:" + image.assetId() + ":" + image.fit().name();
        }
        if (visual instanceof Visual.Clip clip) {
            return "clip:" + (clip.uploaded() ? clip.assetId() : "-") + ":" + clip.fit().name() + ":" + text(clip.prompt());
        }
        return "prompt:" + text(((Visual.Prompt) visual).prompt());
    }

    private static Visual unvisual(String text) {
        String[] f = text.split(":", -1);
        return switch (f[0]) {
            case "color" -> new Visual.Color(RgbColor.parse(f[1], "visual.color"));
            case "gradient" -> new Visual.Gradient(RgbColor.parse(f[1], "visual.from"),
                    RgbColor.parse(f[2], "visual.to"));
            case "image" -> new Visual.Image(AssetId.parse(f[1]), Visual.Fit.valueOf(f[2]));
            case "prompt" -> new Visual.Prompt(untext(f[1]));
            case "clip" -> new Visual.Clip(f[1].equals("-") ? null : AssetId.parse(f[1]), Visual.Fit.valueOf(f[2]),
                    untext(f[3]));
            default -> throw new IllegalArgumentException("unknown visual " + f[0]);
        };
    }

    private static String text(String value) {
        return value == null ? "-" : "=" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String field) {
        return field.equals("-") ? null
                : new String(Base64.getDecoder().decode(field.substring(1)), StandardCharsets.UTF_8);
    }
}
