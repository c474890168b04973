package io.videogen.bootstrap.ai;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The two chat providers {@link ProviderStub} plays. A profile rather than a class-bound test
 * resource, so these classes run after the default-profile ones (a restart before them would leave
 * the default-profile metrics tests reading gauges of the stopped application).
 */
public class ChatProviders implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ProviderStub.class));
    }
}
