package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.RenderClaim;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A claim no queue handed out, for a render a test runs by hand: held as long as the test says,
 * its writes go through unguarded.
 */
public final class HeldClaim implements RenderClaim {

    private final BooleanSupplier stillOwned;
    private final boolean lastAttempt;

    private HeldClaim(BooleanSupplier stillOwned, boolean lastAttempt) {
        this.stillOwned = stillOwned;
        this.lastAttempt = lastAttempt;
    }

    /** Not the last attempt: a passing failure leaves the video for another one. */
    public static RenderClaim heldWhile(BooleanSupplier stillOwned) {
        return new HeldClaim(stillOwned, false);
    }

    public static RenderClaim onTheLastAttempt() {
        return new HeldClaim(() -> true, true);
    }

    @Override
    public boolean stillOwned() {
        return stillOwned.getAsBoolean();
    }

    @Override
    public <T> Uni<T> fenced(Supplier<Uni<T>> write) {
        return Uni.createFrom().<T>deferred(write::get);
    }

    @Override
    public boolean lastAttempt() {
        return lastAttempt;
    }
}
