package io.videogen.bootstrap.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * AI providers played by a WireMock server on 127.0.0.1, over real HTTP, started before the service
 * reads its configuration. A subclass says which providers the server plays and how the service is
 * configured for them. Test classes get the server through a {@link WireMockServer} field and a
 * {@link ProviderWorld} through a field of that type.
 */
public abstract class PlayedProvider implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    /** The service's configuration for providers answering under {@code root} (no trailing slash). */
    protected abstract Map<String, String> configuration(String root);

    @Override
    public final Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return configuration("http://127.0.0.1:" + server.port());
    }

    @Override
    public final void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
        injector.injectIntoFields(new ProviderWorld(server), new TestInjector.MatchesType(ProviderWorld.class));
    }

    @Override
    public final void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
