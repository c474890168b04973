package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.video.CallbackUrl;

/**
 * Decides whether the service may call a callback URL: its host must not resolve to a loopback,
 * private, link-local, metadata or otherwise internal address unless the operator allowed those.
 */
public interface CallbackAddressGuard {

    /** Completes when the URL may be used; fails with an InvalidValueException on field callbackUrl otherwise. */
    Uni<Void> check(CallbackUrl url);
}
