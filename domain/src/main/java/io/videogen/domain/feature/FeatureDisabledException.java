package io.videogen.domain.feature;

import io.videogen.domain.shared.DomainException;

/** A request needs a feature an admin has switched off. */
public final class FeatureDisabledException extends DomainException {

    public FeatureDisabledException(Feature feature) {
        super("FEATURE_DISABLED", "'" + feature.flagName() + "' (" + feature.description()
                + ") is switched off on this service; ask an admin to turn it on");
    }
}
