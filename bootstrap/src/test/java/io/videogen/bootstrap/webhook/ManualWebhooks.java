package io.videogen.bootstrap.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production address rules (no internal callback addresses), and no poller: tests in this
 * profile drive the outbox themselves.
 */
public final class ManualWebhooks implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("videogen.webhooks.allow-private-addresses", "false",
                "videogen.webhooks.poll-interval", "PT10H");
    }
}
