package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.access.AddressRule;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Admins allow and deny client networks, for every request or for one account's sign-in. */
public interface ManageAddressRulesUseCase {

    Uni<List<AddressRule>> list(Caller admin);

    Uni<AddressRule> add(Caller admin, NewRule rule, RequestOrigin origin);

    Uni<Void> remove(Caller admin, UUID id, RequestOrigin origin);

    record NewRule(String cidr, String action, Optional<Instant> expiresAt, String note, Optional<UserId> user) {
    }
}
