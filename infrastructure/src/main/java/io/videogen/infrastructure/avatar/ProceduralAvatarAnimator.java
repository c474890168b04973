package io.videogen.infrastructure.avatar;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.Picture;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Resolution;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An offline presenter: an illustrated person drawn from a few colours, or a portrait photo with a
 * drawn mouth and eyelids. Its lips take the shape of each phoneme (a viseme) when the voice
 * tells them, else follow the loudness, and it blinks now and then, as the seed says.
 */
@ApplicationScoped
public class ProceduralAvatarAnimator implements AvatarAnimator {

    @Override
    public AvatarPerformance perform(AvatarLook look, Path portrait, AvatarConfig placement, Resolution frame,
                                     SpeechClip speech, double leadInSeconds, int frameCount, int fps,
                                     long blinkSeed) {
        Presenter presenter = presenterFor(look, portrait);
        Spot spot = Spot.of(placement, frame, presenter instanceof IllustratedPresenter);
        List<Picture> poses = new ArrayList<>();
        for (Pose pose : Pose.all()) {
            BufferedImage drawn = draw(presenter, spot, pose);
            int width = drawn.getWidth();
            int height = drawn.getHeight();
            poses.add(new Picture(width, height, drawn.getRGB(0, 0, width, height, null, 0, width)));
        }
        Viseme[] mouths = MouthTrack.of(speech, leadInSeconds, frameCount, fps);
        boolean[] blinking = Blinks.closedFrames(blinkSeed * 31 + look.fingerprint().hashCode(), frameCount,
                fps);
        int[] poseOfFrame = new int[frameCount];
        for (int index = 0; index < frameCount; index++) {
            poseOfFrame[index] = new Pose(mouths[index], blinking[index]).index();
        }
        return new AvatarPerformance(spot.x(), spot.y(), List.copyOf(poses), poseOfFrame);
    }

    private static Presenter presenterFor(AvatarLook look, Path portrait) {
        if (look instanceof AvatarLook.Portrait) {
            return PortraitPresenter.read(portrait);
        }
        if (look instanceof AvatarLook.Procedural procedural) {
            return new IllustratedPresenter(procedural);
        }
        throw new IllegalStateException("no presenter for " + look.getClass().getSimpleName());
    }

    private static BufferedImage draw(Presenter presenter, Spot spot, Pose pose) {
        BufferedImage image = new BufferedImage(spot.width(), spot.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = Drawing.graphics(image);
        try {
            if (spot.framing() == Spot.Framing.STANDING) {
                presenter.draw(graphics, spot.width(), spot.height(), pose, true);
            } else {
                Badge.draw(graphics, spot, presenter, pose);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
