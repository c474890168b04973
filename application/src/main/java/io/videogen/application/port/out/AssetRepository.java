package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import java.util.Optional;

public interface AssetRepository {

    Uni<Void> add(Asset asset);

    Uni<Optional<Asset>> findVisible(AssetId id, Caller caller);

    Uni<Page<Asset>> listVisible(Caller caller, PageRequest page);

    Uni<Boolean> removeVisible(AssetId id, Caller caller);
}
