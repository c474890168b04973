package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateAvatarCommand;
import io.videogen.application.port.in.ManageAvatarsUseCase;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.Clock;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;

public final class AvatarService implements ManageAvatarsUseCase {

    private final AvatarRepository avatars;
    private final AssetRepository assets;
    private final Clock clock;

    public AvatarService(AvatarRepository avatars, AssetRepository assets, Clock clock) {
        this.avatars = avatars;
        this.assets = assets;
        this.clock = clock;
    }

    @Override
    public Uni<Avatar> create(CreateAvatarCommand command) {
        Avatar avatar = new Avatar(AvatarId.random(), command.caller().userId(), command.name(), command.look(),
                command.defaultVoice(), command.placement(), clock.now());
        return checkPortrait(command).chain(() -> avatars.add(avatar)).replaceWith(avatar);
    }

    /** A portrait must be one of the caller's own images. */
    private Uni<Void> checkPortrait(CreateAvatarCommand command) {
        if (!(command.look() instanceof AvatarLook.Portrait portrait)) {
            return Uni.createFrom().voidItem();
        }
        return assets.findVisible(portrait.assetId(), command.caller()).map(found -> {
            var asset = found.orElseThrow(() -> new InvalidValueException("look.assetId",
                    "portrait asset " + portrait.assetId() + " does not exist; upload it with POST /api/v1/assets"));
            if (!asset.kind().isImage()) {
                throw new InvalidValueException("look.assetId",
                        "portrait asset " + portrait.assetId() + " is " + asset.kind().mediaType() + ", not an image");
            }
            return null;
        });
    }

    @Override
    public Uni<Avatar> get(AvatarId id, Caller caller) {
        return avatars.findVisible(id, caller)
                .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("avatar", id)));
    }

    @Override
    public Uni<Page<Avatar>> list(Caller caller, PageRequest page) {
        return avatars.listVisible(caller, page);
    }

    @Override
    public Uni<Void> delete(AvatarId id, Caller caller) {
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot delete avatars");
        }
        return avatars.removeVisible(id, caller).map(removed -> {
            if (!removed) {
                throw new ResourceNotFoundException("avatar", id);
            }
            return null;
        });
    }
}
