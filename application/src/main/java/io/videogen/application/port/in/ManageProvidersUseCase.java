package io.videogen.application.port.in;

import io.videogen.domain.user.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The configured AI providers as users see them, and the admin's switch. */
public interface ManageProvidersUseCase {

    List<ProviderView> providers();

    /** Admins only; a name no provider has is a not-found. */
    ProviderView switchProvider(Caller caller, String name, boolean enabled);

    /**
     * @param capabilities {@code chat}, {@code speech}, {@code image}, {@code video}
     * @param models       the model of each capability offered
     * @param circuit      {@code closed}, {@code open} or {@code half-open}
     */
    record ProviderView(String name, String kind, List<String> capabilities, Map<String, String> models,
                        boolean enabled, String circuit, String lastError, Instant lastSuccessAt) {
    }
}
