package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProviderKeyStore;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Provider keys in a map (in clear: the encryption is the adapter's, tested there). */
public final class InMemoryProviderKeys implements ProviderKeyStore {

    private final Map<UserId, Map<String, String>> keys = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> put(UserId user, String provider, String apiKey, Instant now) {
        keys.computeIfAbsent(user, u -> new ConcurrentHashMap<>()).put(provider, apiKey);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<StoredKey>> list(UserId user) {
        return Uni.createFrom().item(keys.getOrDefault(user, Map.of()).entrySet().stream()
                .map(e -> new StoredKey(e.getKey(), e.getValue().substring(e.getValue().length() - 4), Instant.EPOCH))
                .toList());
    }

    @Override
    public Uni<Boolean> delete(UserId user, String provider) {
        return Uni.createFrom().item(keys.getOrDefault(user, new ConcurrentHashMap<>()).remove(provider) != null);
    }

    @Override
    public Uni<Map<String, String>> keysOf(UserId user) {
        return Uni.createFrom().item(Map.copyOf(keys.getOrDefault(user, Map.of())));
    }
}
