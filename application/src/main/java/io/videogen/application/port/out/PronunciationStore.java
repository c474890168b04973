package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.speech.Pronunciations;
import io.videogen.domain.user.UserId;
import java.time.Instant;

/** Users' pronunciation lists, one a user. */
public interface PronunciationStore {

    /** A store that keeps nothing: every user has an empty list (the command line). */
    PronunciationStore NONE = new PronunciationStore() {
        @Override
        public Uni<Pronunciations> of(UserId user) {
            return Uni.createFrom().item(Pronunciations.NONE);
        }

        @Override
        public Uni<Void> replace(UserId user, Pronunciations list, Instant now) {
            return Uni.createFrom().voidItem();
        }
    };

    /** The user's list; empty when the user never set one. */
    Uni<Pronunciations> of(UserId user);

    /** Replaces the user's whole list ({@link Pronunciations#NONE} clears it). */
    Uni<Void> replace(UserId user, Pronunciations list, Instant now);
}
