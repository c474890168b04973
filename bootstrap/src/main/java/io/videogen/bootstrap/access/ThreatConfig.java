package io.videogen.bootstrap.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code videogen.threats.*}: when a pattern is an attack, and how long to deny its address (unset: never). */
@ConfigMapping(prefix = "videogen.threats")
interface ThreatConfig {

    CredentialStuffing credentialStuffing();

    IdEnumeration idEnumeration();

    UploadAbuse uploadAbuse();

    Optional<Duration> blockFor();

    interface CredentialStuffing {
        @WithDefault("10")
        int accounts();

        @WithDefault("PT10M")
        Duration window();
    }

    interface IdEnumeration {
        @WithDefault("20")
        int misses();

        @WithDefault("PT1M")
        Duration window();
    }

    interface UploadAbuse {
        @WithDefault("10")
        int refusals();

        @WithDefault("PT10M")
        Duration window();
    }
}
