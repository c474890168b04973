package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.Caller;

/** The caller's webhook signing secret: made on first use, replaced on request. */
public interface ManageWebhookSecretUseCase {

    Uni<String> secret(Caller caller);

    /** A new secret; webhooks sent from now on are signed with it. */
    Uni<String> rotate(Caller caller);
}
