package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class PostgresAssetRepository implements AssetRepository {

    private final Database database;
    private final OwnedRows<AssetEntity> rows = new OwnedRows<>(AssetEntity.class);

    PostgresAssetRepository(Database database) {
        this.database = database;
    }

    @Override
    public Uni<Void> add(Asset asset) {
        return database.write(session -> session.persist(AssetEntity.of(asset)).call(session::flush));
    }

    @Override
    public Uni<Optional<Asset>> findVisible(AssetId id, Caller caller) {
        return database.read(session -> rows.find(session, id.value(), caller))
                .map(row -> Optional.ofNullable(row).map(AssetEntity::toAsset));
    }

    @Override
    public Uni<Page<Asset>> listVisible(Caller caller, PageRequest page) {
        return database.read(session -> rows.list(session, OwnedRows.Filter.visibleTo(caller), page))
                .map(found -> found.map(AssetEntity::toAsset));
    }

    @Override
    public Uni<Boolean> removeVisible(AssetId id, Caller caller) {
        return database.write(session -> rows.remove(session, id.value(), caller));
    }
}
