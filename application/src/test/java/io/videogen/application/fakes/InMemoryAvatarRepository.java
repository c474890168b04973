package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AvatarRepository;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAvatarRepository implements AvatarRepository {

    private final Map<AvatarId, Avatar> avatars = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> add(Avatar avatar) {
        avatars.put(avatar.id(), avatar);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<Avatar>> findVisible(AvatarId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(avatars.get(id)).filter(a -> caller.sees(a.owner())));
    }

    @Override
    public Uni<Page<Avatar>> listVisible(Caller caller, PageRequest page) {
        List<Avatar> all = avatars.values().stream().filter(a -> caller.sees(a.owner())).toList();
        return Uni.createFrom().item(new Page<>(all, page, all.size()));
    }

    @Override
    public Uni<Boolean> removeVisible(AvatarId id, Caller caller) {
        return Uni.createFrom().item(Optional.ofNullable(avatars.get(id)).filter(a -> caller.sees(a.owner()))
                .map(a -> avatars.remove(id) != null).orElse(false));
    }
}
