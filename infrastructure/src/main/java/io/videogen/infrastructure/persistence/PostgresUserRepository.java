package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.DuplicateException;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
class PostgresUserRepository implements UserRepository {

    private final Database database;

    PostgresUserRepository(Database database) {
        this.database = database;
    }

    /** The unique constraint decides, not a look-up first: two sign-ups racing for one email get one winner. */
    @Override
    public Uni<Void> add(User user) {
        return database.write(session -> session.persist(UserEntity.newRow(user.snapshot())).call(session::flush))
                .onFailure(Failures::isUniqueViolation)
                .transform(ignored -> new DuplicateException("an account with email " + user.email()
                        + " already exists; sign in or use another email"));
    }

    @Override
    public Uni<User> save(User user) {
        User.Snapshot changed = user.snapshot();
        StaleVersionException stale = new StaleVersionException("user " + user.id());
        return database.write(session -> session.find(UserEntity.class, changed.id().value()).chain(row -> {
                    if (row == null || row.version != changed.version()) {
                        return Uni.createFrom().failure(stale);
                    }
                    row.apply(changed);
                    return session.flush().map(ignored -> row.toUser());
                }))
                .onFailure(Failures::isLostUpdate).transform(ignored -> stale);
    }

    @Override
    public Uni<Optional<User>> findById(UserId id) {
        return database.read(session -> session.find(UserEntity.class, id.value()))
                .map(row -> Optional.ofNullable(row).map(UserEntity::toUser));
    }

    @Override
    public Uni<Optional<User>> findByEmail(Email email) {
        return database.read(session -> session.createSelectionQuery("from UserEntity where email = :email",
                        UserEntity.class).setParameter("email", email.value()).getSingleResultOrNull())
                .map(row -> Optional.ofNullable(row).map(UserEntity::toUser));
    }

    /** Ordered by email, so pages are stable; the filter is a parameter with its wildcards escaped. */
    @Override
    public Uni<Page<User>> list(Optional<String> emailContains, PageRequest page) {
        String where = emailContains.isPresent() ? " where email like :pattern escape '!'" : "";
        String pattern = emailContains.map(text -> "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%").orElse(null);
        return database.read(session -> {
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery(
                    "select count(*) from UserEntity" + where, Long.class);
            Mutiny.SelectionQuery<UserEntity> rows = session.createSelectionQuery(
                    "from UserEntity" + where + " order by email", UserEntity.class);
            if (pattern != null) {
                count.setParameter("pattern", pattern);
                rows.setParameter("pattern", pattern);
            }
            // one session runs one statement at a time: count first, then the page
            return count.getSingleResult().chain(total -> rows.setFirstResult(Math.toIntExact(page.offset()))
                    .setMaxResults(page.size()).getResultList()
                    .map((List<UserEntity> found) -> new Page<>(found.stream().map(UserEntity::toUser).toList(),
                            page, total)));
        });
    }
}
