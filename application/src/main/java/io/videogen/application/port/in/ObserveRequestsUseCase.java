package io.videogen.application.port.in;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.audit.RequestOrigin;

/** The request stream, as the threat detectors see it: every answered request. */
public interface ObserveRequestsUseCase {

    Uni<Void> seen(String method, String path, int status, RequestOrigin origin);
}
