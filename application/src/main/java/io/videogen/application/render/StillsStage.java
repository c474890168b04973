package io.videogen.application.render;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VisualGenerator.Painted;
import io.videogen.application.port.out.VisualGenerator.StillRequest;
import io.videogen.application.render.GeneratedClips.SceneClip;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import io.videogen.domain.video.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Stage {@code visuals}: each scene's background and title card, painted by as many painters as
 * the render's parallelism allows; a still painted before is found by its name, and who made its
 * picture is kept beside it.
 */
final class StillsStage {

    /** Extra canvas for a still that moves (Ken Burns), so the zoom never shows an edge. */
    static final double KEN_BURNS_OVERSIZE = 1.15;
    private static final RgbColor TITLE_COLOR = new RgbColor(255, 255, 255);

    private StillsStage() {
    }

    /** @return each scene's still, in scene order */
    static List<Path> run(RenderContext ctx, Script script, Narration narration, IntConsumer percent)
            throws IOException {
        return paint(ctx, script, generateClips(ctx, script, narration), percent, ctx.parallelism().painters());
    }

    /**
     * Whether every scene's still is painted offline from the script alone: no clip to generate (its
     * length is the narration's) and no prompt, which an image provider would be paid to picture.
     */
    static boolean paintedOffline(Script script) {
        return script.scenes().stream().map(Scene::visual)
                .noneMatch(visual -> visual instanceof Visual.Prompt || GeneratedClips.wanted(visual));
    }

    /** The stills, with the generated clips as pictured by {@code clips}, on up to {@code painters} threads. */
    static List<Path> paint(RenderContext ctx, Script script, Map<Integer, SceneClip> clips, IntConsumer percent,
                            int painters) throws IOException {
        double oversize = ctx.spec().imageSync().kenBurns() ? KEN_BURNS_OVERSIZE : 1.0;
        List<Path> stills = new ArrayList<>();
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        Set<Path> painting = new HashSet<>();
        int scenes = script.scenes().size();
        AtomicInteger painted = new AtomicInteger();
        IntConsumer report = p -> {
            synchronized (painted) {
                percent.accept(p);
            }
        };
        for (Scene scene : script.scenes()) {
            ctx.trace().scene(scene.index());
            SceneClip generated = clips.get(scene.index());
            Path source = scene.visual() instanceof Visual.Image image ? ctx.assets().of(scene.index(), image.assetId())
                    : scene.visual() instanceof Visual.Clip clip && clip.uploaded()
                    ? firstPicture(ctx, ctx.assets().of(scene.index(), clip.assetId()))
                    : generated != null ? firstPicture(ctx, generated.file()) : null;
            boolean fallsBack = GeneratedClips.wanted(scene.visual()) && generated == null;
            double sceneOversize = fallsBack ? KEN_BURNS_OVERSIZE : oversize;
            Path still = generated != null
                    ? ctx.keys().still(scene.visual(), generated.file(), scene.title(),
                            ctx.spec().config().resolution(), sceneOversize)
                    : ctx.keys().still(scene.visual(), scene.title(), ctx.spec().config().resolution(), sceneOversize);
            boolean hit = Files.exists(still) || painting.contains(still);
            ctx.trace().cacheLookup("still", scene.index(), hit);
            if (!hit) {
                painting.add(still);
                // a clip no provider made is its prompt painted as a picture (that moves, SegmentStage)
                Visual pictured = fallsBack ? new Visual.Prompt(((Visual.Clip) scene.visual()).prompt()) : scene.visual();
                StillRequest request = new StillRequest(pictured, source, ctx.spec().config().resolution(),
                        scene.title(), TITLE_COLOR, sceneOversize);
                Tracing.Span sceneSpan = ctx.trace().currentScene();
                pieces.add(() -> {
                    try {
                        Painted made = ctx.trace().provider(sceneSpan, "visuals", "visuals.paint",
                                () -> ctx.engine().visuals().paintStill(request, still, ctx.account()));
                        PictureMaker maker = generated != null ? generated.maker()
                                : fallsBack ? new PictureMaker(made.maker().provider(), true) : made.maker();
                        Artefacts.writeAtomically(makerFile(still), maker.provider() + "\t" + maker.fallback());
                    } catch (RenderStepException e) {
                        throw new SceneFailure(scene.index(), e.getMessage(), e.retryable(), e);
                    }
                    report.accept(100 * painted.incrementAndGet() / scenes);
                });
            } else {
                report.accept(100 * painted.incrementAndGet() / scenes);
            }
            stills.add(still);
        }
        new ParallelWork().run("still", pieces, painters);
        return List.copyOf(stills);
    }

    /**
     * The clips to generate from prompts, all asked for at once (a provider takes minutes for one),
     * as many at a time as painters may run; a scene missing from the answer shows its prompt's picture.
     */
    private static Map<Integer, SceneClip> generateClips(RenderContext ctx, Script script, Narration narration)
            throws IOException {
        Map<Integer, SceneClip> clips = new ConcurrentHashMap<>();
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        for (Scene scene : script.scenes()) {
            if (GeneratedClips.wanted(scene.visual())) {
                Duration length = narration.scene(scene.index()).duration();
                ctx.trace().scene(scene.index());
                Tracing.Span sceneSpan = ctx.trace().currentScene();
                pieces.add(() -> ctx.trace().provider(sceneSpan, "visuals", "visuals.clip",
                        () -> GeneratedClips.make(ctx, scene, length)).ifPresent(clip -> clips.put(scene.index(), clip)));
            }
        }
        new ParallelWork().run("clip", pieces, ctx.parallelism().painters());
        return clips;
    }

    /** An uploaded clip's first picture, beside its local copy, for the still that stands for the clip. */
    private static Path firstPicture(RenderContext ctx, Path clip) {
        Path jpeg = clip.resolveSibling(clip.getFileName() + "-first.jpg");
        if (!Files.exists(jpeg)) {
            ctx.engine().composer().thumbnail(clip, Duration.ZERO, jpeg);
        }
        return jpeg;
    }

    /** Who made each scene's picture, as kept beside its still (a still kept before that counts as painted here). */
    static List<PictureMaker> makers(Script script, List<Path> stills) {
        List<PictureMaker> makers = new ArrayList<>();
        for (Scene scene : script.scenes()) {
            PictureMaker maker = new PictureMaker(scene.visual().uploaded() ? SceneProvenance.ASSET
                    : SceneProvenance.OFFLINE, false);
            try {
                Path file = makerFile(stills.get(scene.index()));
                if (Files.exists(file)) {
                    String[] f = Files.readString(file).split("\t", -1);
                    maker = new PictureMaker(f[0], Boolean.parseBoolean(f[1]));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable note counts as no note
            }
            makers.add(maker);
        }
        return makers;
    }

    private static Path makerFile(Path still) {
        return still.resolveSibling(still.getFileName() + ".made");
    }
}
