package io.videogen.application.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.PronunciationsUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.PronunciationStore;
import io.videogen.domain.speech.Pronunciations;
import io.videogen.domain.user.Caller;
import java.util.Map;

/** Users' pronunciation lists: checked by {@link Pronunciations#of}, kept whole by the store. */
public final class PronunciationLists implements PronunciationsUseCase {

    private final PronunciationStore store;
    private final Clock clock;

    public PronunciationLists(PronunciationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Uni<Map<String, String>> get(Caller caller) {
        return store.of(caller.userId()).map(Pronunciations::entries);
    }

    @Override
    public Uni<Map<String, String>> replace(Caller caller, Map<String, String> list) {
        return Uni.createFrom().deferred(() -> {
            Pronunciations checked = Pronunciations.of(list);
            return store.replace(caller.userId(), checked, clock.now()).replaceWith(checked.entries());
        });
    }
}
