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
     * @param family what it must be: "image", "audio" or "video" ({@link AssetKind#family()})
     * @param role  what the video uses it for, to start a message: "scene 2 shows asset …"
     */
    public record Use(AssetId id, String field, String family, String role) {

        /** Refuses an asset of the wrong kind, naming the field to fix. */
        public void requireKind(AssetKind kind, String what) {
            if (!kind.family().equals(family)) {
                throw new InvalidValueException(field, what + " is " + kind.mediaType() + "; " + switch (family) {
                    case "image" -> "a scene picture needs an image (png, jpeg or webp)";
                    case "video" -> "a clip needs a video (mp4, webm or mov)";
                    default -> "music needs audio (wav or mp3)";
                });
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
            uses.add(new Use(portrait.assetId(), "avatarId", "image", "the presenter's portrait is asset "));
        }
        return uses;
    }

    private static List<Use> collect(VideoSpec spec, Function<Scene, String> imageField, String musicField) {
        List<Use> uses = new ArrayList<>();
        Set<AssetId> seen = new HashSet<>();
        for (Scene scene : spec.script().scenes()) {
            if (scene.visual() instanceof Visual.Image image && seen.add(image.assetId())) {
                uses.add(new Use(image.assetId(), imageField.apply(scene), "image",
                        "scene " + scene.index() + " shows asset "));
            }
            if (scene.visual() instanceof Visual.Clip clip && clip.uploaded() && seen.add(clip.assetId())) {
                uses.add(new Use(clip.assetId(), imageField.apply(scene), "video",
                        "scene " + scene.index() + " plays asset "));
            }
        }
        spec.backgroundMusic().ifPresent(music -> uses.add(new Use(music.assetId(), musicField, "audio",
                "the music is asset ")));
        return uses;
    }

    /** Where the request named an image: a scene's own visual, the video's background, or its template. */
    private static String imageField(VideoDraft draft, Scene scene) {
        AssetId id = assetOf(scene.visual());
        if (draft.script() instanceof ScriptSource.Scenes given) {
            List<SceneDraft> scenes = given.scenes();
            for (int i = 0; i < scenes.size(); i++) {
                if (id.equals(assetOf(scenes.get(i).visual()))) {
                    return "scenes[" + i + "].visual.assetId";
                }
            }
        }
        if (id.equals(assetOf(draft.look().background()))) {
            return "visual.assetId";
        }
        return draft.templateId() != null ? "templateId" : "scenes[" + scene.index() + "].visual.assetId";
    }

    /** The upload a visual shows (a picture or a clip), or null. */
    private static AssetId assetOf(Visual visual) {
        if (visual instanceof Visual.Image image) {
            return image.assetId();
        }
        return visual instanceof Visual.Clip clip ? clip.assetId() : null;
    }
}
