package io.videogen.application.service;

import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one owner of which uploads a video uses, where the request named each, and what kind each
 * must be. Every asset check walks this list: the service's when a video is created
 * ({@link DraftResolver}: the caller's own, of the right kind), the worker's before a render (still
 * the owner's), and the command line's (a local file given for it, passing an upload's inspection).
 */
public final class SpecAssets {

    private SpecAssets() {
    }

    /**
     * One asset a video uses.
     *
     * @param field the request field to fix when it is refused
     * @param image whether it must be a picture (else audio)
     * @param role  what the video uses it for, to start a message: "scene 2 shows asset …"
     */
    public record Use(AssetId id, String field, boolean image, String role) {

        /** Refuses an asset of the wrong kind, naming the field to fix. */
        public void requireKind(AssetKind kind, String what) {
            if (kind.isImage() != image) {
                throw new InvalidValueException(field, what + " is " + kind.mediaType() + "; "
                        + (image ? "a scene picture needs an image (png, jpeg or webp)" : "music needs audio (wav or mp3)"));
            }
        }
    }

    /** The uploads a resolved spec uses, each once, named by the fields of the draft it came from. */
    public static List<Use> of(VideoSpec spec, VideoDraft draft) {
        return collect(spec, scene -> imageField(draft, scene),
                draft.sound().music() != null || draft.templateId() == null ? "music.assetId" : "templateId");
    }

    /** The uploads a stored video's render uses: the spec's, and the presenter's portrait. */
    public static List<Use> of(VideoSpec spec, AvatarLook look) {
        List<Use> uses = collect(spec, scene -> "scenes[" + scene.index() + "].visual.assetId", "music.assetId");
        if (look instanceof AvatarLook.Portrait portrait
                && uses.stream().noneMatch(use -> use.id().equals(portrait.assetId()))) {
            uses.add(new Use(portrait.assetId(), "avatarId", true, "the presenter's portrait is asset "));
        }
        return uses;
    }

    private static List<Use> collect(VideoSpec spec, Function<Scene, String> imageField, String musicField) {
        List<Use> uses = new ArrayList<>();
        Set<AssetId> seen = new HashSet<>();
        for (Scene scene : spec.script().scenes()) {
            if (scene.visual() instanceof Visual.Image image && seen.add(image.assetId())) {
                uses.add(new Use(image.assetId(), imageField.apply(scene), true,
                        "scene " + scene.index() + " shows asset "));
            }
        }
        spec.backgroundMusic().ifPresent(music -> uses.add(new Use(music.assetId(), musicField, false,
                "the music is asset ")));
        return uses;
    }

    /** Where the request named an image: a scene's own visual, the video's background, or its template. */
    private static String imageField(VideoDraft draft, Scene scene) {
        AssetId id = ((Visual.Image) scene.visual()).assetId();
        if (draft.script() instanceof ScriptSource.Scenes given) {
            List<SceneDraft> scenes = given.scenes();
            for (int i = 0; i < scenes.size(); i++) {
                if (scenes.get(i).visual() instanceof Visual.Image image && image.assetId().equals(id)) {
                    return "scenes[" + i + "].visual.assetId";
                }
            }
        }
        if (draft.look().background() instanceof Visual.Image image && image.assetId().equals(id)) {
            return "visual.assetId";
        }
        return draft.templateId() != null ? "templateId" : "scenes[" + scene.index() + "].visual.assetId";
    }
}
