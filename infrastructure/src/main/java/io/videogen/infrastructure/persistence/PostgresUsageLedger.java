package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.UsageLedger;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;

/** Monthly provider usage in {@code provider_usage}: one row per user and month, added to atomically. */
@ApplicationScoped
class PostgresUsageLedger implements UsageLedger {

    private final Database database;

    PostgresUsageLedger(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Usage> usage(UserId user, YearMonth period) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select chat_tokens, speech_characters, images, video_clips from provider_usage
                        where user_id = :user and period = :period""")
                .setParameter("user", user.value())
                .setParameter("period", period.toString())
                .getResultList())
                .map(PostgresUsageLedger::usage);
    }

    @Override
    public Uni<Void> add(UserId user, YearMonth period, Capability capability, long amount) {
        String column = switch (capability) {
            case CHAT -> "chat_tokens";
            case SPEECH -> "speech_characters";
            case IMAGE -> "images";
            case VIDEO -> "video_clips";
        };
        // the column comes from the switch above, never from input
        return database.write(session -> session.createNativeQuery(
                        "insert into provider_usage (user_id, period, " + column + ") values (:user, :period, :amount) "
                                + "on conflict (user_id, period) do update set " + column + " = provider_usage."
                                + column + " + excluded." + column)
                .setParameter("user", user.value())
                .setParameter("period", period.toString())
                .setParameter("amount", amount)
                .executeUpdate()).replaceWithVoid();
    }

    private static Usage usage(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Usage.NONE;
        }
        Object[] row = rows.get(0);
        return new Usage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
