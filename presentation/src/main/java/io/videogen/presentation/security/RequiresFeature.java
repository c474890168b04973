package io.videogen.presentation.security;

import io.videogen.domain.feature.Feature;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint (or every endpoint of a resource) as part of a switchable feature: while an
 * admin has it off, the endpoint answers {@code 403 FEATURE_DISABLED} before it runs
 * ({@link FeatureFilter}). Code that is not an endpoint asks {@code FeatureGate} itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresFeature {

    Feature value();
}
