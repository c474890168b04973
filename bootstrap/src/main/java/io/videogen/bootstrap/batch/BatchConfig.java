package io.videogen.bootstrap.batch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code videogen.batches.*}: see the README's batches section. */
@ConfigMapping(prefix = "videogen.batches")
interface BatchConfig {

    /** The most rows one batch may have. */
    @WithDefault("500")
    int maxRows();

    /** How often a batch's event stream reads its counts again. */
    @WithDefault("PT1S")
    Duration watchInterval();

    /** How often each instance looks for batches whose videos have all ended. */
    @WithDefault("PT1S")
    Duration settleInterval();
}
