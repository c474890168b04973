package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.WebhookSecretStore;
import io.videogen.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhook secrets in {@code webhook_secrets}, encrypted with a key kept outside the database. */
@ApplicationScoped
class PostgresWebhookSecretStore implements WebhookSecretStore {

    private final Database database;
    private final SecretCipher cipher;

    PostgresWebhookSecretStore(Database database, WebhookSecretConfig config,
                               @ConfigProperty(name = "videogen.data-dir", defaultValue = ".videogen") Path dataDir) {
        this.database = database;
        this.cipher = SecretCipher.configured(config, dataDir);
    }

    @Override
    public Uni<String> findOrCreate(UserId user, String candidate) {
        String owner = user.value().toString();
        // apart: the senders ask for several owners' secrets at once, and one owner's failure is not the others'
        return database.writeApart(session -> session.createNativeQuery("""
                                insert into webhook_secrets (user_id, secret, created_at) values (:user, :secret, now())
                                on conflict (user_id) do nothing""")
                        .setParameter("user", user.value())
                        .setParameter("secret", cipher.encrypt(candidate, owner))
                        .executeUpdate()
                        .chain(() -> session.<String>createNativeQuery(
                                        "select secret from webhook_secrets where user_id = :user", String.class)
                                .setParameter("user", user.value())
                                .getSingleResult()))
                .map(stored -> cipher.decrypt(stored, owner));
    }

    @Override
    public Uni<Void> replace(UserId user, String secret) {
        return database.write(session -> session.createNativeQuery("""
                        insert into webhook_secrets (user_id, secret, created_at) values (:user, :secret, now())
                        on conflict (user_id) do update set secret = excluded.secret, created_at = now()""")
                .setParameter("user", user.value())
                .setParameter("secret", cipher.encrypt(secret, user.value().toString()))
                .executeUpdate()).replaceWithVoid();
    }
}
