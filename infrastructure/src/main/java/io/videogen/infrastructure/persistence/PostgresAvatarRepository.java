package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class PostgresAvatarRepository implements AvatarRepository {

    private final Database database;
    private final OwnedRows<AvatarEntity> rows = new OwnedRows<>(AvatarEntity.class);

    PostgresAvatarRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(Avatar avatar) {
        return database.write(session -> session.persist(AvatarEntity.of(avatar)).call(session::flush));
    }

    @Override
    public Uni<Optional<Avatar>> findVisible(AvatarId id, Caller caller) {
        return database.read(session -> rows.find(session, id.value(), caller))
                .map(row -> Optional.ofNullable(row).map(AvatarEntity::toAvatar));
    }

    @Override
    public Uni<Page<Avatar>> listVisible(Caller caller, PageRequest page) {
        return database.read(session -> rows.list(session, OwnedRows.Filter.visibleTo(caller), page))
                .map(found -> found.map(AvatarEntity::toAvatar));
    }

    @Override
    public Uni<Boolean> removeVisible(AvatarId id, Caller caller) {
        return database.write(session -> rows.remove(session, id.value(), caller));
    }
}
