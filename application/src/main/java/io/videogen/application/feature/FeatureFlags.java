package io.videogen.application.feature;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.FeatureGate;
import io.videogen.application.port.in.ManageFeatureFlagsUseCase;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.FeatureFlagStore;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.feature.FeatureDisabledException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import io.videogen.application.port.out.SecurityEventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runtime feature flags: configured defaults, overridden by what admins set in the shared store.
 * Each instance keeps the flags it read last and reads them again once they are older than
 * {@code maxAge} (1 s by default, and a background refresh keeps them fresh), so a change made on one
 * instance holds on every other within about a second. When the store cannot be read, the last
 * known flags stay in force.
 */
public final class FeatureFlags implements FeatureGate, ManageFeatureFlagsUseCase {

    private record Snapshot(Map<Feature, Boolean> enabled, Instant readAt) {
    }

    private final FeatureFlagStore store;
    private final Map<Feature, Boolean> defaults;
    private final SecurityEventLog audit;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot snapshot;

    public FeatureFlags(FeatureFlagStore store, Map<Feature, Boolean> defaults, SecurityEventLog audit, Clock clock,
                        Duration maxAge) {
        this.store = store;
        this.defaults = new EnumMap<>(Feature.class);
        Arrays.stream(Feature.values()).forEach(feature -> this.defaults.put(feature,
                defaults.getOrDefault(feature, true)));
        this.audit = audit;
        this.clock = clock;
        this.maxAge = maxAge;
        this.snapshot = new Snapshot(Map.copyOf(this.defaults), Instant.EPOCH);
    }

    @Override
    public Uni<Void> require(Feature feature) {
        return current().map(flags -> {
            if (!flags.get(feature)) {
                throw new FeatureDisabledException(feature);
            }
            return null;
        });
    }

    @Override
    public boolean enabledNow(Feature feature) {
        return snapshot.enabled().get(feature);
    }

    /** Reads the store now (the background refresh calls this). */
    public Uni<Map<Feature, Boolean>> refresh() {
        return store.all().map(overrides -> {
            Map<Feature, Boolean> enabled = new EnumMap<>(defaults);
            overrides.forEach((name, on) -> Arrays.stream(Feature.values())
                    .filter(feature -> feature.flagName().equals(name)).findFirst()
                    .ifPresent(feature -> enabled.put(feature, on)));
            Snapshot fresh = new Snapshot(Map.copyOf(enabled), clock.now());
            snapshot = fresh;
            return fresh.enabled();
        }).onFailure().recoverWithItem(() -> snapshot.enabled());
    }

    private Uni<Map<Feature, Boolean>> current() {
        Snapshot known = snapshot;
        if (known.readAt().plus(maxAge).isAfter(clock.now())) {
            return Uni.createFrom().item(known.enabled());
        }
        return refresh();
    }

    @Override
    public Uni<List<FlagState>> list(Caller admin) {
        requireAdmin(admin);
        return refresh().map(flags -> Arrays.stream(Feature.values())
                .map(feature -> new FlagState(feature, flags.get(feature))).toList());
    }

    @Override
    public Uni<FlagState> set(Caller admin, String name, boolean enabled, RequestOrigin origin) {
        requireAdmin(admin);
        Feature feature = Feature.named(name);
        Instant now = clock.now();
        return store.set(feature.flagName(), enabled, admin.userId(), now)
                .call(() -> audit.append(new SecurityEvent(now, SecurityEventType.FEATURE_FLAG_CHANGED,
                        java.util.Optional.empty(), java.util.Optional.of(feature.flagName()),
                        java.util.Optional.of(admin.userId()), origin,
                        feature.flagName() + " switched " + (enabled ? "on" : "off")))
                        .onFailure().recoverWithNull().replaceWithVoid())
                .chain(this::refresh)
                .map(flags -> new FlagState(feature, flags.get(feature)));
    }

    /** The configured default of each flag name, e.g. from {@code videogen.features.*}. */
    public static Map<Feature, Boolean> defaultsOf(Map<String, Boolean> byName) {
        Map<String, Feature> features = Arrays.stream(Feature.values())
                .collect(Collectors.toMap(Feature::flagName, Function.identity()));
        Map<Feature, Boolean> defaults = new EnumMap<>(Feature.class);
        byName.forEach((name, on) -> {
            // VIDEOGEN_FEATURES_AI_PROVIDERS may arrive as ai_providers or ai.providers
            Feature feature = features.get(name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace('.', '-'));
            if (feature == null) {
                throw new IllegalArgumentException("videogen.features." + name + " names no feature; known: "
                        + String.join(", ", features.keySet()));
            }
            defaults.put(feature, on);
        });
        return defaults;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.seesEverything()) {
            throw new PermissionDeniedException("only admins manage feature flags");
        }
    }
}
