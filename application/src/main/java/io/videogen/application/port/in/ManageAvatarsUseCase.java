package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.avatar.Avatar;
import io.videogen.domain.avatar.AvatarId;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;

/** Presenters a user keeps; like templates, plain records without a workflow. */
public interface ManageAvatarsUseCase {

    Uni<Avatar> create(CreateAvatarCommand command);

    Uni<Avatar> get(AvatarId id, Caller caller);

    Uni<Page<Avatar>> list(Caller caller, PageRequest page);

    Uni<Void> delete(AvatarId id, Caller caller);
}
