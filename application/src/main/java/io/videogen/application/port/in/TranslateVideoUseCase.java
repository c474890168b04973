package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoUseCase.Creation;
import io.videogen.application.port.in.CreateVideoUseCase.IdempotencyKey;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import java.util.List;

/**
 * Makes a translated (dubbed) copy of a video: a new video, queued like any other, whose script
 * stage translates the source's words with the chat chain.
 */
public interface TranslateVideoUseCase {

    /**
     * @param voiceId the voice to speak the translation, or null for the first voice listed for the language
     * @param key     the request's idempotency key, or null
     */
    Uni<Creation> translate(Caller caller, VideoId source, String language, String voiceId, List<String> glossary,
                            IdempotencyKey key);
}
