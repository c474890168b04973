package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Map;

/** The flags admins have set, shared by every instance; a flag nobody set keeps its configured default. */
public interface FeatureFlagStore {

    /** Flag name to its admin-set state. */
    Uni<Map<String, Boolean>> all();

    Uni<Void> set(String name, boolean enabled, UserId by, Instant at);
}
