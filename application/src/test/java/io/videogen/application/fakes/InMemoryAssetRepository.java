package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAssetRepository implements AssetRepository {

    private final Map<AssetId, Asset> assets = new ConcurrentHashMap<>();



    @Override
    public Uni<Void> add(Asset asset) {
        assets.put(asset.id(), asset);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<Asset>> findVisible(AssetId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(assets.get(id)).filter(a -> caller.sees(a.owner())));
    }

    @Override
    public Uni<Page<Asset>> listVisible(Caller caller, PageRequest page) {
        List<Asset> all = assets.values().stream().filter(a -> caller.sees(a.owner())).toList();
        return Uni.createFrom().item(new Page<>(all, page, all.size()));
    }

    @Override
    public Uni<Boolean> removeVisible(AssetId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(assets.get(id)).filter(a -> caller.sees(a.owner()))
                .map(a -> assets.remove(id) != null).orElse(false));
    }
}
