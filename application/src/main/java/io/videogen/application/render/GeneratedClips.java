package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.provider.ClipChain;
import io.videogen.domain.media.Visual;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The clips video providers generated for scenes whose visual is a clip with a prompt, kept in the
 * workspace by what asked for them, with who made each beside it (written last, so a clip without
 * it is never taken for finished). A scene with no such clip shows its prompt's picture, moving.
 */
final class GeneratedClips {

    private GeneratedClips() {
    }

    /** A generated clip and who made it. */
    record SceneClip(Path file, PictureMaker maker) {
    }

    /** Whether the scene asks for a clip to be generated from a prompt. */
    static boolean wanted(Visual visual) {
        return visual instanceof Visual.Clip clip && !clip.uploaded();
    }

    /** The scene's clip as made before (by this render's visuals stage or an earlier render of the workspace). */
    static Optional<SceneClip> found(RenderContext ctx, Scene scene, Duration length) throws IOException {
        if (!wanted(scene.visual())) {
            return Optional.empty();
        }
        Path file = file(ctx, scene, length);
        Path note = makerFile(file);
        if (!Files.exists(file) || !Files.exists(note)) {
            return Optional.empty();
        }
        String[] f = Files.readString(note).split("\t", -1);
        return Optional.of(new SceneClip(file, new PictureMaker(f[0], Boolean.parseBoolean(f[1]))));
    }

    /**
     * The scene's clip, made by the video chain unless made before.
     *
     * @return empty when no provider made one: the scene falls back to its prompt's picture
     */
    static Optional<SceneClip> make(RenderContext ctx, Scene scene, Duration length) throws IOException {
        Optional<SceneClip> known = found(ctx, scene, length);
        if (known.isPresent() || !wanted(scene.visual())) {
            return known;
        }
        Path file = file(ctx, scene, length);
        Path arriving = file.resolveSibling(file.getFileName() + ".arriving");
        try {
            Optional<ClipChain.Made> made = ctx.engine().clips().make(((Visual.Clip) scene.visual()).prompt(),
                    ctx.spec().config().resolution(), length, arriving, ctx.account());
            if (made.isEmpty()) {
                return Optional.empty();
            }
            Files.move(arriving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PictureMaker maker = made.get().maker();
            Artefacts.writeAtomically(makerFile(file), maker.provider() + "\t" + maker.fallback());
            return Optional.of(new SceneClip(file, maker));
        } catch (RenderStepException e) {
            throw new SceneFailure(scene.index(), e.getMessage(), e.retryable(), e);
        } finally {
            Files.deleteIfExists(arriving);
        }
    }

    private static Path file(RenderContext ctx, Scene scene, Duration length) throws IOException {
        return ctx.keys().generatedClip(((Visual.Clip) scene.visual()).prompt(), ctx.spec().config().resolution(),
                length);
    }

    private static Path makerFile(Path clip) {
        return clip.resolveSibling(clip.getFileName() + ".made");
    }
}
