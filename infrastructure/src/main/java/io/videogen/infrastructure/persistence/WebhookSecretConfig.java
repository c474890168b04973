package io.videogen.infrastructure.persistence;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The key webhook secrets are encrypted with: {@code videogen.webhooks.secret-key} (base64 of 32
 * bytes; set the same one on every instance), or else a key generated once into
 * {@code videogen.webhooks.secret-key-file} (default {@code <data-dir>/keys/webhook-secrets.key}).
 */
@ConfigMapping(prefix = "videogen.webhooks")
interface WebhookSecretConfig {

    Optional<String> secretKey();

    Optional<Path> secretKeyFile();
}
