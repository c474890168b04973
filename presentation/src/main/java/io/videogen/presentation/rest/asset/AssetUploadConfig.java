package io.videogen.presentation.rest.asset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upload limits. The HTTP body limit (quarkus.http.limits.max-body-size) must stay above this. */
@ConfigMapping(prefix = "videogen.assets")
public interface AssetUploadConfig {

    /** The largest file accepted, in bytes (default 50 MiB). */
    @WithDefault("52428800")
    long maxBytes();
}
