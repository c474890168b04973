package io.videogen.infrastructure.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a callback host and checks every address it resolves to: one internal address is
 * enough to refuse the host, so a name that answers with a public and a private address cannot
 * slip through. Lookups block, so they run on a worker thread and the result comes back on the
 * caller's context.
 */
@ApplicationScoped
class CallbackResolver {

    private final Vertx vertx;
    private final boolean allowPrivate;

    CallbackResolver(Vertx vertx, WebhookConfig config) {
        this.vertx = vertx;
        this.allowPrivate = config.allowPrivateAddresses();
    }

    /** The host's addresses; fails with {@link RefusedAddressException} or {@link UnknownHostException}. */
    Uni<List<InetAddress>> resolve(URI url) {
        String host = url.getHost();
        return Uni.createFrom().completionStage(() -> vertx.<List<InetAddress>>executeBlocking(
                        () -> List.of(InetAddress.getAllByName(host)), false).toCompletionStage())
                .invoke(addresses -> check(host, addresses));
    }

    private void check(String host, List<InetAddress> addresses) {
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            Optional<String> why = AddressPolicy.whyBlocked(address);
            if (why.isPresent()) {
                String literal = address.getHostAddress();
                boolean isLiteral = host.equals(literal) || host.equals("[" + literal + "]");
                throw new RefusedAddressException((isLiteral ? literal + " is " : host + " resolves to " + literal
                        + ", ") + why.get() + "; webhooks go only to public addresses");
            }
        }
    }

    /** A callback host that resolves to an address webhooks must not reach. */
    static final class RefusedAddressException extends RuntimeException {

        RefusedAddressException(String message) {
            super(message, null, false, false);
        }
    }
}
