package io.videogen.bootstrap.feature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * Configured defaults of the feature flags, {@code videogen.features.<name>=true|false} (environment
 * {@code VIDEOGEN_FEATURES_REGISTRATION=false}); a flag not named here is on. Admins override them
 * at run time.
 */
@ConfigMapping(prefix = "videogen.features")
interface FeaturesConfig {

    @WithParentName
    Map<String, Boolean> defaults();
}
