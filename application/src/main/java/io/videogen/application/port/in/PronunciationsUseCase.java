package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;
import java.util.Map;

/**
 * The signed-in user's pronunciation list: written word → what every voice says instead, applied
 * before synthesis and never to captions.
 */
public interface PronunciationsUseCase {

    /** The caller's list, written word (lower case) → spoken words, in word order. */
    Uni<Map<String, String>> get(Caller caller);

    /**
     * Replaces the caller's whole list and answers it as stored. Fails with an InvalidValueException
     * naming {@code pronunciations.<word>} (or {@code pronunciations}) when an entry cannot be used.
     */
    Uni<Map<String, String>> replace(Caller caller, Map<String, String> list);
}
