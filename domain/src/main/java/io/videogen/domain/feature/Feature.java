package io.videogen.domain.feature;

import io.videogen.domain.shared.ResourceNotFoundException;
import java.util.Arrays;

/**
 * The parts of the service an admin can switch off at run time. Names are stable: they appear in
 * the API, the configuration ({@code videogen.features.<name>}) and the metric.
 */
public enum Feature {
    REGISTRATION("registration", "new accounts through POST /api/v1/auth/register"),
    AI_PROVIDERS("ai-providers", "calls to configured AI providers (offline adapters only when off)"),
    BATCHES("batches", "batch creation of videos from rows of variables"),
    TRANSLATIONS("translations", "translated (dubbed) copies of videos"),
    STUDIO("studio", "the web studio served at /");

    private final String flagName;
    private final String description;

    Feature(String flagName, String description) {
        this.flagName = flagName;
        this.description = description;
    }

    public String flagName() {
        return flagName;
    }

    public String description() {
        return description;
    }

    public static Feature named(String name) {
        return Arrays.stream(values()).filter(feature -> feature.flagName.equals(name)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("feature flag", name));
    }
}
