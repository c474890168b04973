package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import java.util.Optional;

public interface AvatarRepository {

    Uni<Void> add(Avatar avatar);

    Uni<Optional<Avatar>> findVisible(AvatarId id, Caller caller);

    Uni<Page<Avatar>> listVisible(Caller caller, PageRequest page);

    Uni<Boolean> removeVisible(AvatarId id, Caller caller);
}
