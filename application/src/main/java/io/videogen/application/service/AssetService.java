package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageAssetsUseCase;
import io.videogen.application.port.in.UploadAssetCommand;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.MediaStore;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class AssetService implements ManageAssetsUseCase {

    private final AssetRepository assets;
    private final MediaStore media;
    private final MediaInspector inspector;
    private final Blocking blocking;
    private final Clock clock;

    public AssetService(AssetRepository assets, MediaStore media, MediaInspector inspector, Blocking blocking,
                        Clock clock) {
        this.assets = assets;
        this.media = media;
        this.inspector = inspector;
        this.blocking = blocking;
        this.clock = clock;
    }

    public static String contentKey(AssetId id) {
        return "assets/" + id + "/content";
    }

    @Override
    public Uni<Asset> upload(UploadAssetCommand command) {
        AssetId id = AssetId.random();
        return blocking.call(() -> {
            MediaInspector.Inspection inspection = inspector.inspect(command.upload());
            String sha256 = sha256(command.upload());
            media.put(contentKey(id), command.upload());
            return new Asset(id, command.caller().userId(), command.fileName(), inspection.kind(),
                    Files.size(command.upload()), sha256, inspection.width(), inspection.height(),
                    inspection.durationMs(), clock.now());
        }).call(asset -> assets.add(asset)
                .onFailure().call(() -> blocking.run(() -> media.deleteAll(contentKey(id)))));
    }

    @Override
    public Uni<Asset> get(AssetId id, Caller caller) {
        return assets.findVisible(id, caller)
                .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("asset", id)));
    }

    @Override
    public Uni<Page<Asset>> list(Caller caller, PageRequest page) {
        return assets.listVisible(caller, page);
    }

    @Override
    public Uni<Void> delete(AssetId id, Caller caller) {
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot delete assets");
        }
        return assets.removeVisible(id, caller).chain(removed -> {
            if (!removed) {
                throw new ResourceNotFoundException("asset", id);
            }
            return blocking.run(() -> media.deleteAll(contentKey(id)));
        });
    }

    private static String sha256(java.nio.file.Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
