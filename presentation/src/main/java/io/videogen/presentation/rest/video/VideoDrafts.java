package io.videogen.presentation.rest.video;

import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ListVoicesUseCase.VoiceView;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoTitle;
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.SceneRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.VisualRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.VoiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
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
                ScriptSource.of(request.script(), scenes(request.scenes())),
                request.templateId() == null ? null : new TemplateId(request.templateId()),
                request.avatarId() == null ? null : new AvatarId(request.avatarId()),
                voice(request.voice()),
                output(request.output()),
                null,
                null,
                null,
                request.captions() == null ? null : request.captions().burnIn(),
                music(request.music()),
                request.variables(),
                request.callbackUrl() == null ? null : CallbackUrl.parse(request.callbackUrl()));
    }

    /** Whether a PATCH body asks for new content (anything beyond a title). */
    static boolean changesContent(CreateVideoRequest request) {
        return request.script() != null || request.scenes() != null || request.templateId() != null
                || request.avatarId() != null || request.voice() != null || request.output() != null
                || request.captions() != null || request.music() != null || request.variables() != null
                || request.callbackUrl() != null;
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
        return null;
    }

    public static Visual visual(VisualRequest request) {
        return request == null ? null : Visual.of(request.type(), request.value(), request.from(), request.to(),
                request.assetId(), request.fit(), request.prompt());
    }
}
