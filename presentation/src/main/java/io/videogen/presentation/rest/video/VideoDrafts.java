package io.videogen.presentation.rest.video;

import io.videogen.application.port.in.CaptionChoice;
import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ListVoicesUseCase.VoiceView;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.script.TopicBrief;
import io.videogen.domain.video.VideoTitle;
import io.videogen.presentation.rest.video.CreateVideoRequest.CaptionsRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.PlacementBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.SceneRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.TransitionBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.VisualRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.VoiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the JSON a client sent into the application's {@link VideoDraft}. Every value object
 * checks itself; errors inside a scene are re-labelled with the scene's position, so the client
 * learns which one to fix ({@code scenes[2].visual.type}).
 */
@ApplicationScoped
public class VideoDrafts {

    static final String DEFAULT_TITLE = "Untitled video";

    private final ListVoicesUseCase voices;

    public VideoDrafts(ListVoicesUseCase voices) {
        this.voices = voices;
    }

    public VideoDraft toDraft(CreateVideoRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "the request body is empty; send a JSON object with script or scenes");
        }
        String title = request.title() == null || request.title().isBlank() ? DEFAULT_TITLE : request.title();
        return new VideoDraft(new VideoTitle(title),
                ScriptSource.of(request.script(), scenes(request.scenes()), topic(request)),
                request.variables(),
                request.templateId() == null ? null : new TemplateId(request.templateId()),
                new VideoDraft.Look(output(request.output()), background(request.visual()),
                        motion(request.transition()),
                        captions(request.captions())),
                presenter(request.avatarId() == null ? null : new AvatarId(request.avatarId()),
                        request.avatarPlacement(), "avatarPlacement"),
                new VideoDraft.Sound(voice(request.voice()), music(request.music())),
                request.callbackUrl() == null ? null : CallbackUrl.parse(request.callbackUrl()));
    }

    /** Whether a PATCH body asks for new content (anything beyond a title). */
    static boolean changesContent(CreateVideoRequest request) {
        return request.script() != null || request.scenes() != null || request.topic() != null
                || request.templateId() != null
                || request.avatarId() != null || request.voice() != null || request.output() != null
                || request.captions() != null || request.music() != null || request.variables() != null
                || request.callbackUrl() != null || request.visual() != null || request.transition() != null
                || request.avatarPlacement() != null;
    }

    private static Visual background(VisualRequest request) {
        try {
            return visual(request);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field(), "visual: " + e.getMessage());
        }
    }

    /** Ken Burns and the transition as asked; parts left out stay null, for the template to fill. */
    public static VideoDraft.Motion motion(TransitionBody body) {
        if (body == null) {
            return null;
        }
        Integer ms = body.durationMs();
        if (ms != null && (ms < 0 || ms > ImageSyncConfig.MAX_TRANSITION.toMillis())) {
            throw new InvalidValueException("transition.durationMs", "transition.durationMs " + ms
                    + " is out of range; use 0 to " + ImageSyncConfig.MAX_TRANSITION.toMillis());
        }
        return new VideoDraft.Motion(body.kenBurns(),
                body.type() == null ? null : ImageSyncConfig.Transition.parse(body.type(), "transition.type"),
                ms == null ? null : Duration.ofMillis(ms));
    }

    public static TransitionBody transitionBody(ImageSyncConfig config) {
        return new TransitionBody(config.transition().name().toLowerCase(Locale.ROOT),
                (int) config.transitionLength().toMillis(), config.kenBurns());
    }

    /**
     * The presenter and where it stands, as asked; parts left out stay null, for the template to fill.
     *
     * @param field the request's name of the placement object, for errors ({@code avatarPlacement.scale})
     */
    public static VideoDraft.Presenter presenter(AvatarId avatarId, PlacementBody body, String field) {
        if (body == null) {
            return new VideoDraft.Presenter(avatarId, null, null, null);
        }
        try {
            if (body.scale() != null) {
                Guard.between(body.scale(), 0.1, 1.0, "avatar.scale");
            }
            return new VideoDraft.Presenter(avatarId,
                    body.placement() == null ? null : AvatarConfig.Placement.parse(body.placement()),
                    body.shape() == null ? null : AvatarConfig.Shape.parse(body.shape()), body.scale());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field().replaceFirst("^avatar\\.", field + "."), e.getMessage());
        }
    }

    public static PlacementBody placementBody(AvatarConfig placement) {
        return new PlacementBody(placement.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                placement.shape().name().toLowerCase(Locale.ROOT), placement.scale());
    }

    /** The brief of a video made from a topic; null when the request has none. */
    private static TopicBrief topic(CreateVideoRequest request) {
        if (request.topic() == null) {
            for (String given : new String[] {request.language() == null ? null : "language",
                    request.durationSeconds() == null ? null : "durationSeconds",
                    request.sceneCount() == null ? null : "sceneCount"}) {
                if (given != null) {
                    throw new InvalidValueException(given, given + " belongs with topic; give topic too, or leave "
                            + given + " out");
                }
            }
            return null;
        }
        return new TopicBrief(request.topic(), request.language(),
                request.durationSeconds() == null ? 60 : request.durationSeconds(),
                request.sceneCount() == null ? 0 : request.sceneCount(), null, null);
    }

    public Voice voice(VoiceRequest request) {
        if (request == null) {
            return null;
        }
        String id = request.voiceId() == null ? Voice.DEFAULT_ID : request.voiceId();
        VoiceView known = voices.voices().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidValueException("voice.voiceId", "voice '" + id
                        + "' does not exist; pick an id from GET /api/v1/voices"));
        return new Voice(known.id(), known.language(), request.speed() == null ? 1.0 : request.speed(),
                request.pitch() == null ? 0 : request.pitch());
    }

    private static CaptionChoice captions(CaptionsRequest request) {
        if (request == null) {
            return null;
        }
        return new CaptionChoice(request.burnIn(),
                request.style() == null ? null : CaptionStyle.Look.parse(request.style(), "captions.style"),
                request.highlightColor() == null ? null
                        : RgbColor.parse(request.highlightColor(), "captions.highlightColor"),
                request.position() == null ? null : CaptionStyle.Position.parse(request.position(), "captions.position"));
    }

    private static VideoConfig output(OutputRequest request) {
        return request == null ? null
                : VideoConfig.of(request.resolution(), request.aspectRatio(), request.fps(), request.quality());
    }

    public static Music music(MusicRequest request) {
        if (request == null) {
            return null;
        }
        if (request.assetId() == null) {
            throw new InvalidValueException("music.assetId", "music.assetId is required; upload an audio file to "
                    + "POST /api/v1/assets and use its id");
        }
        return new Music(AssetId.parse(request.assetId()), request.volume() == null ? 0.2 : request.volume(),
                request.ducking() == null || request.ducking());
    }

    private static List<SceneDraft> scenes(List<SceneRequest> scenes) {
        if (scenes == null) {
            return null;
        }
        List<SceneDraft> drafts = new ArrayList<>(scenes.size());
        for (int i = 0; i < scenes.size(); i++) {
            SceneRequest scene = scenes.get(i);
            if (scene == null) {
                throw new InvalidValueException("scenes[" + i + "]", "scene " + i + " is null; give an object with text");
            }
            try {
                drafts.add(new SceneDraft(scene.text(), scene.caption(), scene.title(), visual(scene.visual()),
                        scene.avatar()));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("scenes[" + i + "]." + e.field(), "scene " + i + ": " + e.getMessage());
            }
        }
        return drafts;
    }

    /** The request a visual would be made from: the other way of {@link #visual(VisualRequest)}. */
    public static VisualRequest request(Visual visual) {
        if (visual instanceof Visual.Color color) {
            return new VisualRequest("color", color.color().hex(), null, null, null, null, null);
        }
        if (visual instanceof Visual.Gradient gradient) {
            return new VisualRequest("gradient", null, gradient.from().hex(), gradient.to().hex(), null, null, null);
        }
        if (visual instanceof Visual.Image image) {
            return new VisualRequest("asset", null, null, null, image.assetId().toString(),
                    image.fit().name().toLowerCase(Locale.ROOT), null);
        }
        if (visual instanceof Visual.Prompt prompt) {
            return new VisualRequest("prompt", null, null, null, null, null, prompt.prompt());
        }
        if (visual instanceof Visual.Clip clip) {
            return new VisualRequest("clip", null, null, null, clip.uploaded() ? clip.assetId().toString() : null,
                    clip.uploaded() ? clip.fit().name().toLowerCase(Locale.ROOT) : null, clip.prompt());
        }
        return null;
    }

    public static Visual visual(VisualRequest request) {
        return request == null ? null : Visual.of(request.type(), request.value(), request.from(), request.to(),
                request.assetId(), request.fit(), request.prompt());
    }
}
