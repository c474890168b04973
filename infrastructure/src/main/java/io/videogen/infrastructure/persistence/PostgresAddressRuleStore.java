package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AddressRuleStore;
import io.videogen.domain.access.AddressRule;
import io.videogen.domain.access.Cidr;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Address rules in {@code address_rules}. */
@ApplicationScoped
class PostgresAddressRuleStore implements AddressRuleStore {

    private static final String COLUMNS = """
            cast(id as text), cidr, action, cast(user_id as text),
            cast(extract(epoch from expires_at) * 1000 as bigint), note,
            cast(extract(epoch from created_at) * 1000 as bigint)""";

    private final Database database;

    PostgresAddressRuleStore(Database database) {
        this.database = database;
    }

    @Override
    public Uni<List<AddressRule>> all() {
        return database.read(session -> session.<Object[]>createNativeQuery(
                        "select " + COLUMNS + " from address_rules order by created_at")
                .getResultList()
                .map(rows -> rows.stream().map(PostgresAddressRuleStore::rule).toList()));
    }

    @Override
    public Uni<Void> add(AddressRule rule) {
        return database.write(session -> session.createNativeQuery("""
                        insert into address_rules (id, cidr, action, user_id, expires_at, note, created_at)
                        values (:id, :cidr, :action, :user, :expires, :note, :created)""")
                .setParameter("id", rule.id())
                .setParameter("cidr", rule.cidr().toString())
                .setParameter("action", rule.action().name().toLowerCase(Locale.ROOT))
                .setParameter("user", rule.user().map(UserId::value).orElse(null))
                .setParameter("expires", rule.expiresAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null))
                .setParameter("note", rule.note())
                .setParameter("created", rule.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<AddressRule>> remove(UUID id) {
        return database.write(session -> session.<Object[]>createNativeQuery(
                        "delete from address_rules where id = :id returning " + COLUMNS)
                .setParameter("id", id)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(PostgresAddressRuleStore::rule)));
    }

    private static AddressRule rule(Object[] row) {
        return new AddressRule(UUID.fromString((String) row[0]), Cidr.parse((String) row[1]),
                AddressRule.Action.valueOf(((String) row[2]).toUpperCase(Locale.ROOT)),
                Optional.ofNullable((String) row[3]).map(id -> new UserId(UUID.fromString(id))),
                Optional.ofNullable(row[4]).map(millis -> Instant.ofEpochMilli(((Number) millis).longValue())),
                (String) row[5], Instant.ofEpochMilli(((Number) row[6]).longValue()));
    }
}
