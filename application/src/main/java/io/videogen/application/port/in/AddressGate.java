package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.user.User;
import java.util.Optional;

/** The address rules, where requests and sign-ins are checked against them. */
public interface AddressGate {

    /** Why a request from this address is refused, from this instance's copy of the rules (no I/O). */
    Optional<String> refusesRequest(String clientAddress);

    /** Fails with {@code AddressDeniedException} when the account may not sign in from there. */
    Uni<Void> requireSignIn(User user, RequestOrigin origin);
}
