package io.videogen.bootstrap.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** {@code videogen.roles}: api, worker, or both (env VIDEOGEN_ROLES). */
@ConfigMapping(prefix = "videogen")
interface RolesConfig {

    @WithDefault("api,worker")
    List<String> roles();

    default Roles parsed() {
        return Roles.of(roles());
    }
}
