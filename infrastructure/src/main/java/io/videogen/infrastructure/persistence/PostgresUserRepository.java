package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.DuplicateException;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

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
}
