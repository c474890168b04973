package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoUseCase.Creation;
import io.videogen.application.port.in.CreateVideoUseCase.IdempotencyKey;
import io.videogen.application.port.in.ListVoicesUseCase;
import io.videogen.application.port.in.ListVoicesUseCase.VoiceView;
import io.videogen.application.port.in.TranslateVideoUseCase;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.translation.TranslationBrief;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A translation is a new video made from its source's spec: the same scenes (translated later, in its
 * script stage), visuals, template and avatar, with a voice of the target language. The one owner of
 * which voice speaks a translation.
 */
public final class TranslateVideoService implements TranslateVideoUseCase {

    private final VideoQueries queries;
    private final ListVoicesUseCase voices;
    private final CreateVideoService creation;

    public TranslateVideoService(VideoQueries queries, ListVoicesUseCase voices, CreateVideoService creation) {
        this.queries = queries;
        this.voices = voices;
        this.creation = creation;
    }

    @Override
    public Uni<Creation> translate(Caller caller, VideoId source, String language, String voiceId,
                                   List<String> glossary, IdempotencyKey key) {
        if (!caller.mayCreate()) {
            return Uni.createFrom().failure(new PermissionDeniedException(
                    "viewers cannot create videos; ask an admin for the creator role"));
        }
        Uni<DraftResolver.Resolved> resolved = queries.get(source, caller).map(video -> {
            if (video.spec().fromTopic().isPresent()) {
                // its spec holds the topic, not the scenes its script stage drafted
                throw new InvalidValueException("id", "video " + source + " was drafted from a topic; create a "
                        + "video from its scenes (POST /api/v1/scripts, then POST /api/v1/videos) and translate that");
            }
            TranslationBrief brief = new TranslationBrief(video.id().value(), language, glossary);
            Voice voice = voiceFor(brief.language(), voiceId, video.spec().voice());
            return new DraftResolver.Resolved(video.title(), video.spec().translatedAs(voice, brief));
        });
        return creation.createOnce(caller, resolved, key);
    }

    /** The voice the request names, else the first voice listed for the language; keeps the source's speed and pitch. */
    private Voice voiceFor(String language, String voiceId, Voice spoken) {
        List<VoiceView> listed = voices.voices();
        Optional<VoiceView> chosen;
        if (voiceId != null) {
            chosen = listed.stream().filter(v -> v.id().equals(voiceId)).findFirst();
            if (chosen.isEmpty()) {
                throw new InvalidValueException("voiceId", "no voice " + voiceId
                        + "; choose one of GET /api/v1/voices, or leave voiceId out for the first voice of " + language);
            }
        } else {
            chosen = listed.stream().filter(v -> language.equalsIgnoreCase(v.language())).findFirst()
                    .or(() -> listed.stream().filter(v -> primary(language).equals(primary(v.language())))
                            .findFirst());
            if (chosen.isEmpty()) {
                throw new InvalidValueException("voiceId", "no voice is listed for language " + language
                        + "; give voiceId (see GET /api/v1/voices), or choose a language a voice speaks");
            }
        }
        VoiceView voice = chosen.get();
        return new Voice(voice.id(), voice.language() == null ? language : voice.language(), spoken.speed(),
                spoken.pitch());
    }

    private static String primary(String tag) {
        return tag == null ? "" : tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
