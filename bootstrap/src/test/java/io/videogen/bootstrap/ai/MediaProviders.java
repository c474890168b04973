package io.videogen.bootstrap.ai;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The speech and image provider {@link MediaProviderStub} plays (a profile: see {@link ChatProviders}). */
public class MediaProviders implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MediaProviderStub.class));
    }
}
