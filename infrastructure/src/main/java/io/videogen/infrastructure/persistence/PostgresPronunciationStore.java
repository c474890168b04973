package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.PronunciationStore;
import io.videogen.domain.speech.Pronunciations;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Users' pronunciation lists in {@code pronunciations}, a row a word; a list is replaced in one transaction. */
@ApplicationScoped
class PostgresPronunciationStore implements PronunciationStore {

    private final Database database;

    PostgresPronunciationStore(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Pronunciations> of(UserId user) {
        return database.read(session -> session.<Object[]>createNativeQuery(
                        "select word, spoken from pronunciations where user_id = :user order by word")
                .setParameter("user", user.value())
                .getResultList())
                .map(rows -> {
                    Map<String, String> list = new LinkedHashMap<>();
                    rows.forEach(row -> list.put((String) row[0], (String) row[1]));
                    return Pronunciations.of(list);
                });
    }

    @Override
    public Uni<Void> replace(UserId user, Pronunciations list, Instant now) {
        return database.write(session -> {
            Uni<Integer> done = session.createNativeQuery("delete from pronunciations where user_id = :user")
                    .setParameter("user", user.value())
                    .executeUpdate();
            for (Map.Entry<String, String> entry : list.entries().entrySet()) {
                done = done.chain(ignored -> session.createNativeQuery("""
                                insert into pronunciations (user_id, word, spoken, updated_at)
                                values (:user, :word, :spoken, :now)""")
                        .setParameter("user", user.value())
                        .setParameter("word", entry.getKey())
                        .setParameter("spoken", entry.getValue())
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .executeUpdate());
            }
            return done;
        }).replaceWithVoid();
    }
}
