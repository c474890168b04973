package io.videogen.infrastructure.media;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/** Draws the pictures of one scene: background (still, moving, a playing clip or fading in), presenter, caption. */
final class SceneCanvas implements AutoCloseable {

    /** This scene's picture, decoded by another part of the scene perhaps, and taken when first painted. */
    private final Supplier<BufferedImage> backgroundStill;
    private BufferedImage background;
    private final KenBurnsMotion motion;
    /** The previous scene's picture, read when a fade frame is first painted (a part after the fade never is). */
    private final Supplier<BufferedImage> previousStill;
    private BufferedImage previous;
    /** Where the previous scene's picture stood on its last frame (its Ken Burns end), or null: as prepared. */
    private final AffineTransform previousAt;
    private final int transitionFrames;
    private final SceneCaptions captions;
    private final AvatarPerformance avatar;
    /** The presenter's poses as images, made once per scene. */
    private final List<BufferedImage> poses;
    private final BufferedImage canvas;
    /** The video playing behind the scene, or null: the still is the background. */
    private ClipBackground clip;
    private int fps;

    private SceneCanvas(Supplier<BufferedImage> backgroundStill, KenBurnsMotion motion,
                        Supplier<BufferedImage> previousStill,
                        AffineTransform previousAt, int transitionFrames, SceneCaptions captions,
                        AvatarPerformance avatar, BufferedImage canvas) {
        this.backgroundStill = backgroundStill;
        this.motion = motion;
        this.previousStill = previousStill;
        this.previousAt = previousAt;
        this.transitionFrames = transitionFrames;
        this.captions = captions;
        this.avatar = avatar;
        this.poses = avatar == null ? List.of() : avatar.poses().stream().map(SceneCanvas::image).toList();
        this.canvas = canvas;
    }

    private static BufferedImage image(AvatarAnimator.Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        return image;
    }

    static SceneCanvas prepare(SegmentPlan plan, int frameCount) {
        int width = plan.frame().width();
        int height = plan.frame().height();
        KenBurnsMotion motion = null;
        Supplier<BufferedImage> background;
        if (plan.clip() != null) {
            background = null;   // the clip plays behind the scene; its still is only the next scene's fade
        } else if (plan.kenBurns()) {
            motion = KenBurnsMotion.forScene(plan.sceneIndex(), width, height, frameCount);
            background = StillPicture.asked(plan.still(), motion.preparedWidth(), motion.preparedHeight());
        } else {
            background = StillPicture.asked(plan.still(), width, height);
        }
        Supplier<BufferedImage> previous = null;
        AffineTransform previousAt = null;
        if (plan.previousStill() != null && plan.kenBurns()) {
            // The fade starts where the scene before ended its move, not from its picture at rest (which
            // jumped back on the first frame of the fade). A move's last frame does not depend on its length.
            KenBurnsMotion before = KenBurnsMotion.forScene(plan.sceneIndex() - 1, width, height, 2);
            previous = () -> StillPicture.prepared(plan.previousStill(), before.preparedWidth(), before.preparedHeight());
            previousAt = before.transformAt(1);
        } else if (plan.previousStill() != null) {
            previous = () -> StillPicture.prepared(plan.previousStill(), width, height);
        }
        int transitionFrames = previous == null ? 0 : Math.min(frameCount, plan.fadeFrames());
        SceneCanvas prepared = new SceneCanvas(background, motion, previous, previousAt, transitionFrames,
                new SceneCaptions(plan), plan.avatar(), PictureConverter.canvas(plan.frame()));
        prepared.fps = plan.fps();
        if (plan.clip() != null) {
            prepared.clip = new ClipBackground(plan.clip(), plan.clipFit(), 1);
        }
        return prepared;
    }

    /** The key of this scene's own picture at the frame (without the fade from the previous scene). */
    FrameKey keyOf(int frame) {
        boolean moving = motion != null || clip != null;
        int caption = captions.shownOn(frame);
        int pose = avatar == null ? -1 : avatar.poseOfFrame()[Math.min(frame, avatar.poseOfFrame().length - 1)];
        return new FrameKey(moving ? frame : -1, caption, pose);
    }

    int transitionFrames() {
        return transitionFrames;
    }

    /** Paints this scene's picture for the frame into the shared canvas; valid until the next call. */
    BufferedImage paint(int frame, FrameKey key) {
        Graphics2D g = canvas.createGraphics();
        try {
            if (background == null && backgroundStill != null) {
                background = backgroundStill.get();
            }
            if (clip != null) {
                clip.draw(g, (double) frame / fps, canvas.getWidth(), canvas.getHeight());
            } else if (motion == null) {
                g.drawImage(background, 0, 0, null);
            } else {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(background, motion.transformAt(frame), null);
            }
            drawOverlays(g, key);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The previous scene's picture with this frame's caption and presenter, to fade from. */
    BufferedImage paintPrevious(FrameKey key) {
        Graphics2D g = canvas.createGraphics();
        try {
            if (previous == null) {
                previous = previousStill.get();
            }
            if (previousAt == null) {
                g.drawImage(previous, 0, 0, null);
            } else {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(previous, previousAt, null);
            }
            drawOverlays(g, key);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private void drawOverlays(Graphics2D g, FrameKey key) {
        if (key.pose() >= 0) {
            g.drawImage(poses.get(key.pose()), avatar.x(), avatar.y(), null);
        }
        if (key.caption() >= 0) {
            CaptionCard card = captions.card(key.caption());
            g.drawImage(card.image(), card.x(), card.y(), null);
        }
    }

    @Override
    public void close() {
        if (clip != null) {
            clip.close();
        }
    }
}
