package io.videogen.bootstrap.worker;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import java.util.function.Supplier;

/**
 * Renders a test starts by hand, with no worker or queue: their claim is always held and lets
 * every write through.
 */
public final class ByHand {

    private ByHand() {
    }

    public static RenderClaim claim() {
        return claim(false);
    }

    /** @param lastAttempt whether a passing failure is final, as on a job's last attempt */
    public static RenderClaim claim(boolean lastAttempt) {
        return new RenderClaim() {
            @Override
            public boolean stillOwned() {
                return true;
            }

            @Override
            public <T> Uni<T> fenced(Supplier<Uni<T>> write) {
                return Uni.createFrom().<T>deferred(write::get);
            }

            @Override
            public boolean lastAttempt() {
                return lastAttempt;
            }
        };
    }
}
