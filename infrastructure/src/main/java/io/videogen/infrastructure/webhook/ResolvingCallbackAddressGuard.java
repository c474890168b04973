package io.videogen.infrastructure.webhook;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.CallbackUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.UnknownHostException;

/**
 * Checks a callback URL when a video is created or changed. A host that does not resolve now is
 * accepted: it cannot point anywhere yet, and every delivery resolves and checks it again.
 */
@ApplicationScoped
class ResolvingCallbackAddressGuard implements CallbackAddressGuard {

    private final CallbackResolver resolver;

    ResolvingCallbackAddressGuard(CallbackResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Uni<Void> check(CallbackUrl url) {
        return resolver.resolve(url.uri())
                .onFailure(UnknownHostException.class).recoverWithNull()
                .onFailure(CallbackResolver.RefusedAddressException.class)
                .transform(refused -> new InvalidValueException("callbackUrl", "callbackUrl host "
                        + refused.getMessage()))
                .replaceWithVoid();
    }
}
