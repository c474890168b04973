package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Second factors: each account's TOTP secret (encrypted at rest), the last time step a code was
 * accepted for (so a code works once), its recovery codes (as hashes) and the pending sign-in
 * challenges (as hashes of their mfaTokens). The checks that must hold across instances are single
 * conditional updates: only one of two concurrent uses of a code or token succeeds.
 */
public interface MfaStore {

    Uni<Optional<Enrolment>> find(UserId user);

    /** Starts (or restarts) an unconfirmed enrolment; false when a confirmed one exists. */
    Uni<Boolean> begin(UserId user, String secret, Instant at);

    /** Confirms the enrolment with its first accepted step and stores the recovery codes' hashes. */
    Uni<Boolean> confirm(UserId user, long step, List<String> recoveryCodeHashes, Instant at);

    /** Records a step as used; false when it, or a later one, was used before (a replay). */
    Uni<Boolean> useStep(UserId user, long step);

    /** Spends one recovery code; false when it is unknown or spent. */
    Uni<Boolean> useRecoveryCode(UserId user, String codeHash, Instant at);

    /** Removes the enrolment, its recovery codes and pending challenges; false when there was none. */
    Uni<Boolean> remove(UserId user);

    Uni<Void> addChallenge(String tokenHash, UserId user, Instant expiresAt);

    /** The account of a challenge that is neither expired nor spent at {@code now}. */
    Uni<Optional<UserId>> findChallenge(String tokenHash, Instant now);

    /** Spends a challenge; false when another request spent it first. */
    Uni<Boolean> spendChallenge(String tokenHash, Instant at);

    /** @param confirmedAt null while the code from the authenticator app has not been shown yet */
    record Enrolment(UserId user, String secret, Instant confirmedAt, long lastStep, int recoveryCodesLeft) {

        public boolean confirmed() {
            return confirmedAt != null;
        }

        @Override
        public String toString() {
            return "Enrolment[user=" + user + ", confirmedAt=" + confirmedAt + ", secret=***]";
        }
    }
}
