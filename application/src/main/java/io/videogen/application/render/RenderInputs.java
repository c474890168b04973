package io.videogen.application.render;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.service.SpecAssets;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoSpec;
import java.util.Set;

/**
 * What a stored video's render needs besides its spec, looked up before the first stage: the
 * presenter's look, and the proof that every upload it uses is still its owner's.
 */
final class RenderInputs {

    private final AvatarRepository avatars;
    private final AssetRepository assets;

    RenderInputs(AvatarRepository avatars, AssetRepository assets) {
        this.avatars = avatars;
        this.assets = assets;
    }

    /** A failure while looking up what a render needs, and the stage whose input it was. */
    static final class Unprepared extends RuntimeException {

        private final transient Stage stage;

        Unprepared(Stage stage, Throwable cause) {
            super(cause.getMessage(), cause);
            this.stage = stage;
        }

        Stage stage() {
            return stage;
        }
    }

    Uni<AvatarLook> lookOf(Video video) {
        VideoSpec spec = video.spec();
        Caller owner = new Caller(video.owner(), Set.of(Role.CREATOR));
        Uni<AvatarLook> look = spec.avatar()
                .map(avatarId -> avatars.findVisible(avatarId, owner).map(found -> found.map(Avatar::look)
                        .orElseThrow(() -> new RenderStepException("avatar " + avatarId
                                + " no longer exists; choose another avatar", false))))
                .orElse(Uni.createFrom().item(AvatarLook.Procedural.defaults()));
        return look.onFailure().transform(failure -> new Unprepared(Stage.AVATAR, failure))
                .call(avatarLook -> checkAssetsBelongTo(owner, spec, avatarLook)
                        .onFailure().transform(failure -> new Unprepared(Stage.VISUALS, failure)));
    }

    /** A render may only use its owner's uploads, even if someone learned another user's asset id. */
    private Uni<Void> checkAssetsBelongTo(Caller owner, VideoSpec spec, AvatarLook look) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SpecAssets.Use use : SpecAssets.of(spec, look)) {
            chain = chain.call(() -> assets.findVisible(use.id(), owner).invoke(found -> {
                if (found.isEmpty()) {
                    throw new RenderStepException(use.role() + use.id() + ", which does not exist; upload it again "
                            + "or choose another", false);
                }
            }));
        }
        return chain;
    }
}
