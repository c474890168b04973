package io.videogen.application.provider;

import io.videogen.application.port.in.ManageProvidersUseCase;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderDirectory.ProviderStatus;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The providers as users see them (never a key), and the admin switch. */
public final class ProviderCatalog implements ManageProvidersUseCase {

    private final ProviderDirectory directory;

    public ProviderCatalog(ProviderDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<ProviderView> providers() {
        return directory.providers().stream().map(ProviderCatalog::view).toList();
    }

    @Override
    public ProviderView switchProvider(Caller caller, String name, boolean enabled) {
        if (!caller.seesEverything()) {
            throw new PermissionDeniedException("only admins switch providers");
        }
        return directory.switchProvider(name, enabled).map(ProviderCatalog::view)
                .orElseThrow(() -> ResourceNotFoundException.because("no provider named '" + name
                        + "' is configured; GET /api/v1/providers lists them"));
    }

    private static ProviderView view(ProviderStatus status) {
        Map<String, String> models = new LinkedHashMap<>();
        for (Capability capability : Capability.values()) {
            String model = status.models().get(capability);
            if (model != null) {
                models.put(capability.key(), model);
            }
        }
        List<String> capabilities = java.util.Arrays.stream(Capability.values())
                .filter(status.capabilities()::contains).map(Capability::key).toList();
        return new ProviderView(status.name(), status.kind(), capabilities, models, status.enabled(),
                status.circuit().name().toLowerCase(Locale.ROOT).replace('_', '-'), status.lastError(),
                status.lastSuccessAt());
    }
}
