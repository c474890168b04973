package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;

/** Each user's webhook signing secret. Adapters keep it encrypted and never log it. */
public interface WebhookSecretStore {

    /**
     * The user's secret; when there is none yet, {@code candidate} is stored and returned. Safe to race,
     * and to call for several users side by side: each call is a transaction of its own, so one that
     * fails (a user without an account) fails alone.
     */
    Uni<String> findOrCreate(UserId user, String candidate);

    /** Replaces the user's secret (or sets a first one). */
    Uni<Void> replace(UserId user, String secret);
}
