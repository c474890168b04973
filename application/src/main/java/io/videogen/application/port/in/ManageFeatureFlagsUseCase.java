package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.user.Caller;
import java.util.List;

/** Admins switch features on and off at run time. */
public interface ManageFeatureFlagsUseCase {

    Uni<List<FlagState>> list(Caller admin);

    Uni<FlagState> set(Caller admin, String name, boolean enabled, RequestOrigin origin);

    record FlagState(Feature feature, boolean enabled) {
    }
}
