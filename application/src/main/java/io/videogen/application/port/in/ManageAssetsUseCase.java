package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;

/** Uploaded images and sounds: the type is sniffed from the bytes and the file probed before it is kept. */
public interface ManageAssetsUseCase {

    Uni<Asset> upload(UploadAssetCommand command);

    Uni<Asset> get(AssetId id, Caller caller);

    Uni<Page<Asset>> list(Caller caller, PageRequest page);

    Uni<Void> delete(AssetId id, Caller caller);
}
