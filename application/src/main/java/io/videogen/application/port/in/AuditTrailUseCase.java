package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.util.Optional;

/** The security events the inbound side sees first, and reading the audit trail (admins only). */
public interface AuditTrailUseCase {

    /** A signed-in caller was refused by their role; {@code what} is the method and path. */
    Uni<Void> accessDenied(UserId user, String what, RequestOrigin origin);

    /** A request carried an access token that failed verification; the token itself is never recorded. */
    Uni<Void> tokenRejected(String what, RequestOrigin origin);

    Uni<Page<SecurityEvent>> list(Caller caller, Optional<UserId> user, Optional<SecurityEventType> type,
                                  PageRequest page);
}
