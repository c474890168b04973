package io.videogen.application.port.in;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.media.Voice;
import java.util.Objects;

public record CreateAvatarCommand(Caller caller, String name, AvatarLook look, Voice defaultVoice,
                                  AvatarConfig placement) {

    public CreateAvatarCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(look, "look");
        defaultVoice = defaultVoice == null ? Voice.defaults() : defaultVoice;
        placement = placement == null ? AvatarConfig.defaults() : placement;
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot create avatars");
        }
    }
}
