package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.AssetRepository;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.domain.asset.Asset;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.Voice;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AvatarAndAssetRepositoryTest {

    @Inject
    AvatarRepository avatars;
    @Inject
    AssetRepository assets;

    private final UserId owner = UserId.random();
    private final Caller ownerCaller = Samples.creator(owner);

    @Test
    void avatarsOfBothLooksReadBackEqual() {
        Avatar drawn = new Avatar(AvatarId.random(), owner, "Nora", AvatarLook.Procedural.defaults(),
                new Voice("en-US-kevin", "en-US", 0.9), AvatarConfig.defaults(), T0);
        Avatar photo = new Avatar(AvatarId.random(), owner, "Sam", new AvatarLook.Portrait(AssetId.random()),
                Voice.defaults(), new AvatarConfig(AvatarConfig.Placement.FULL, AvatarConfig.Shape.RECTANGLE, 1.0),
                T0.plusSeconds(1));

        await(avatars.add(drawn));
        await(avatars.add(photo));

        assertThat(await(avatars.findVisible(drawn.id(), ownerCaller))).contains(drawn);
        assertThat(await(avatars.findVisible(photo.id(), ownerCaller))).contains(photo);
        Page<Avatar> page = await(avatars.listVisible(ownerCaller, new PageRequest(0, 10)));
        assertThat(page.items()).containsExactly(photo, drawn);
    }

    @Test
    void anotherUsersAvatarIsInvisibleAndStays() {
        Avatar avatar = new Avatar(AvatarId.random(), owner, "Nora", AvatarLook.Procedural.defaults(),
                Voice.defaults(), AvatarConfig.defaults(), T0);
        await(avatars.add(avatar));
        Caller stranger = Samples.creator(UserId.random());

        assertThat(await(avatars.findVisible(avatar.id(), stranger))).isEmpty();
        assertThat(await(avatars.removeVisible(avatar.id(), stranger))).isFalse();
        assertThat(await(avatars.listVisible(stranger, new PageRequest(0, 10))).totalItems()).isZero();
        assertThat(await(avatars.removeVisible(avatar.id(), Samples.admin()))).isTrue();
    }

    @Test
    void assetsReadBackEqualWithOrWithoutTheirMeasurements() {
        Asset image = new Asset(AssetId.random(), owner, "map.png", AssetKind.PNG, 20_480, "ab".repeat(32), 1280, 720,
                null, T0);
        Asset sound = new Asset(AssetId.random(), owner, "theme.mp3", AssetKind.MP3, 1_048_576, "cd".repeat(32), null,
                null, 93_500L, T0.plusSeconds(1));

        await(assets.add(image));
        await(assets.add(sound));

        assertThat(await(assets.findVisible(image.id(), ownerCaller))).contains(image);
        assertThat(await(assets.listVisible(ownerCaller, new PageRequest(0, 1))).items()).containsExactly(sound);
        assertThat(await(assets.listVisible(ownerCaller, new PageRequest(0, 1))).totalItems()).isEqualTo(2);
    }

    @Test
    void anotherUsersAssetIsInvisibleButAnAdminSeesIt() {
        Asset image = new Asset(AssetId.random(), owner, "map.png", AssetKind.PNG, 20_480, "ab".repeat(32), 1280, 720,
                null, T0);
        await(assets.add(image));

        assertThat(await(assets.findVisible(image.id(), Samples.creator(UserId.random())))).isEmpty();
        assertThat(await(assets.removeVisible(image.id(), Samples.creator(UserId.random())))).isFalse();
        assertThat(await(assets.findVisible(image.id(), Samples.admin()))).contains(image);
        assertThat(await(assets.removeVisible(image.id(), ownerCaller))).isTrue();
    }
}
