package io.videogen.bootstrap.storage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.videogen.infrastructure.storage.S3TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service with its media in a bucket of a real S3 protocol server (s3proxy in the test JVM),
 * rendering in its own worker as {@code ./videogen serve} does.
 */
public class S3Storage implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("videogen.roles", "api,worker", "videogen.worker.poll-interval", "PT0.2S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** Starts the server before the service reads its configuration; tests get it injected. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        private S3TestServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = S3TestServer.start();
            } catch (Exception e) {
                throw new IllegalStateException("s3proxy did not start", e);
            }
            return new HashMap<>(server.settings());
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(server, new TestInjector.MatchesType(S3TestServer.class));
        }

        @Override
        public void stop() {
            if (server != null) {
                try {
                    server.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
