package io.videogen.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts short secrets for storage with AES-256-GCM. Each value gets a fresh 96-bit nonce, and
 * its owner's id is authenticated with it, so a value copied to another user's row does not
 * decrypt. Stored form: {@code v1:} and the base64 of nonce and ciphertext. Nothing here ever puts
 * a secret or the key into a message.
 */
final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the webhook secret key must be " + KEY_BYTES + " bytes (base64 of "
                    + KEY_BYTES + " random bytes)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The one cipher every stored secret uses: {@code videogen.webhooks.secret-key}, or else the key
     * file (default {@code <data-dir>/keys/webhook-secrets.key}).
     */
    static SecretCipher configured(WebhookSecretConfig config, Path dataDir) {
        return from(config.secretKey(),
                config.secretKeyFile().orElse(dataDir.resolve("keys").resolve("webhook-secrets.key")));
    }

    /** The configured key (base64), or the one in {@code file}, made there on first use. */
    static SecretCipher from(java.util.Optional<String> configuredKey, Path file) {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configuredKey.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("videogen.webhooks.secret-key is not base64");
            }
            return new SecretCipher(key);
        }
        return new SecretCipher(keyFile(file));
    }

    String encrypt(String plain, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String decrypt(String stored, String boundTo) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a stored webhook secret has an unknown format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored webhook secret cannot be decrypted: was it written with another "
                    + "videogen.webhooks.secret-key?");
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    ownerOnly(file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance sharing the directory made it first; use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhook secret key " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
