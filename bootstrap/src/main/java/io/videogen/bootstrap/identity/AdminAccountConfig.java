package io.videogen.bootstrap.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The first admin, created at start when no account with this email exists
 * (env VIDEOGEN_AUTH_ADMIN_EMAIL, VIDEOGEN_AUTH_ADMIN_PASSWORD). The password follows the usual
 * policy, is stored only as a bcrypt hash and is never logged; once the account exists it is
 * ignored, so change it by signing in, not here.
 */
@ConfigMapping(prefix = "videogen.auth.admin")
interface AdminAccountConfig {

    Optional<String> email();

    Optional<String> password();

    @WithDefault("Administrator")
    String displayName();
}
