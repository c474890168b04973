package io.videogen.application.port.in;

/**
 * The password was right and the account has a second factor: the sign-in continues at
 * {@code POST /api/v1/auth/token/mfa} with this short-lived token and a code.
 */
public final class MfaRequiredException extends RuntimeException {

    private final transient String mfaToken;

    public MfaRequiredException(String mfaToken) {
        super("this account signs in with a second factor: send the mfaToken with a code from the authenticator "
                + "app (or a recovery code) to /api/v1/auth/token/mfa");
        this.mfaToken = mfaToken;
    }

    public String mfaToken() {
        return mfaToken;
    }
}
