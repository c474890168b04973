package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.WebhookDeliveries.Attempt;
import java.net.URI;
import java.util.Map;

/**
 * POSTs a webhook. The adapter resolves the host, refuses addresses the service must not reach,
 * connects to the address it checked, follows no redirect and bounds every wait; whatever goes
 * wrong ends as an {@link Attempt} without a response code, never as a failed Uni.
 */
public interface WebhookSender {

    Uni<Attempt> post(URI url, Map<String, String> headers, String jsonBody);
}
