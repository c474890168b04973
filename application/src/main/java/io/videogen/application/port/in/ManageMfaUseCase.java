package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.util.List;

/** Turning a second factor (TOTP) on and off. */
public interface ManageMfaUseCase {

    /** A new secret for the caller's authenticator app; MFA is on only once a code confirms it. */
    Uni<TotpEnrolment> enrol(Caller caller, RequestOrigin origin);

    /** Turns MFA on with a code from the app; answers the ten recovery codes, shown only now. */
    Uni<List<String>> confirm(Caller caller, String code, RequestOrigin origin);

    /** Turns MFA off with a current code (or a recovery code). */
    Uni<Void> disable(Caller caller, String code, RequestOrigin origin);

    /** An admin's reset for someone who lost the authenticator and the recovery codes. */
    Uni<Void> reset(Caller admin, UserId user, RequestOrigin origin);

    record TotpEnrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "TotpEnrolment[***]";
        }
    }
}
