package io.videogen.bootstrap.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Brute-force protection of sign-in (see LockoutPolicy). */
@ConfigMapping(prefix = "videogen.auth.lockout")
interface LockoutConfig {

    /** Failed sign-ins for one email, within the window, that lock it out. */
    @WithDefault("5")
    int accountFailures();

    /** Failed sign-ins from one client address, within the window, that lock the address out. */
    @WithDefault("20")
    int addressFailures();

    @WithDefault("PT15M")
    Duration window();

    /** How long a lockout lasts; it ends by itself. */
    @WithDefault("PT15M")
    Duration duration();
}
