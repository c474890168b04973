package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.ProviderKeyStore;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Users' provider keys in {@code provider_keys}, encrypted with the webhook secrets' cipher and key,
 * each bound to its user and provider (a value copied to another row does not decrypt). Only the
 * last four characters are kept in clear, for the user to recognise the key.
 */
@ApplicationScoped
class PostgresProviderKeyStore implements ProviderKeyStore {

    private final Database database;
    private final SecretCipher cipher;

    PostgresProviderKeyStore(Database database, WebhookSecretConfig config,
                             @ConfigProperty(name = "videogen.data-dir", defaultValue = ".videogen") Path dataDir) {
        this.database = database;
        this.cipher = SecretCipher.configured(config, dataDir);
    }

    @Override
    public Uni<Void> put(UserId user, String provider, String apiKey, Instant now) {
        return database.write(session -> session.createNativeQuery("""
                        insert into provider_keys (user_id, provider, api_key, last4, updated_at)
                        values (:user, :provider, :key, :last4, :now)
                        on conflict (user_id, provider) do update set api_key = excluded.api_key,
                            last4 = excluded.last4, updated_at = excluded.updated_at""")
                .setParameter("user", user.value())
                .setParameter("provider", provider)
                .setParameter("key", cipher.encrypt(apiKey, boundTo(user, provider)))
                .setParameter("last4", apiKey.substring(Math.max(0, apiKey.length() - 4)))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<StoredKey>> list(UserId user) {
        return database.read(session -> session.<Object[]>createNativeQuery("""
                        select provider, last4, cast(extract(epoch from updated_at) * 1000 as bigint)
                        from provider_keys where user_id = :user order by provider""")
                .setParameter("user", user.value())
                .getResultList())
                .map(rows -> rows.stream().map(row -> new StoredKey((String) row[0], (String) row[1],
                        Instant.ofEpochMilli(((Number) row[2]).longValue()))).toList());
    }

    @Override
    public Uni<Boolean> delete(UserId user, String provider) {
        return database.write(session -> session.createNativeQuery(
                        "delete from provider_keys where user_id = :user and provider = :provider")
                .setParameter("user", user.value())
                .setParameter("provider", provider)
                .executeUpdate()).map(deleted -> deleted > 0);
    }

    @Override
    public Uni<Map<String, String>> keysOf(UserId user) {
        return database.read(session -> session.<Object[]>createNativeQuery(
                        "select provider, api_key from provider_keys where user_id = :user")
                .setParameter("user", user.value())
                .getResultList())
                .map(rows -> {
                    Map<String, String> keys = new LinkedHashMap<>();
                    rows.forEach(row -> keys.put((String) row[0], cipher.decrypt((String) row[1],
                            boundTo(user, (String) row[0]))));
                    return keys;
                });
    }

    private static String boundTo(UserId user, String provider) {
        return "provider-key:" + user.value() + ":" + provider;
    }
}
