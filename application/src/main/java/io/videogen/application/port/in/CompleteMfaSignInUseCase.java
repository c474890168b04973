package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuthenticateUseCase.TokenPair;
import io.videogen.domain.audit.RequestOrigin;

/** The second step of a sign-in with MFA: the token from the first step and a code. */
public interface CompleteMfaSignInUseCase {

    /** Exactly one of {@code code} (from the authenticator app) and {@code recoveryCode}. */
    Uni<TokenPair> complete(String mfaToken, String code, String recoveryCode, RequestOrigin origin);
}
