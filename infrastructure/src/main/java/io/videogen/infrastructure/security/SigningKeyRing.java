package io.videogen.infrastructure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The RSA keys access tokens are signed with, kept as JSON Web Keys in one directory
 * ({@code key-<kid>.json}, owner-only, private parts included) plus {@code jwks.json}, the public
 * set the verifier and {@code /.well-known/jwks.json} use. The newest key signs. When it is older
 * than the rotation period a new one is made at start; an older key stays published until the
 * last token it signed has expired. Processes sharing the directory agree through a file lock.
 */
public final class SigningKeyRing {

    public static final String PUBLIC_SET = "jwks.json";
    private static final String CREATED = "videogen_created";
    private static final int KEY_BITS = 2048;

    private final Path directory;
    private final List<RsaJsonWebKey> keys;

    private SigningKeyRing(Path directory, List<RsaJsonWebKey> keys) {
        this.directory = directory;
        this.keys = List.copyOf(keys);
    }

    /**
     * Loads the keys, making the first one, rotating and retiring as due, and rewrites the public set.
     *
     * @param rotateAfter    how long one key signs before the next is made
     * @param tokenLifetime  how long a token lives, so a retired key outlives the tokens it signed
     */
    public static SigningKeyRing open(Path directory, Duration rotateAfter, Duration tokenLifetime, Instant now) {
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                List<RsaJsonWebKey> keys = load(directory);
                if (keys.isEmpty() || created(keys.get(0)).plus(rotateAfter).isBefore(now)) {
                    // creation is kept to the second: a key made in its predecessor's second would tie
                    // with it, and the ring read back could take either as the one that signs
                    Instant created = keys.isEmpty() ? now : latest(now, created(keys.get(0)).plusSeconds(1));
                    RsaJsonWebKey fresh = generate(created);
                    writePrivate(directory, fresh);
                    keys.add(0, fresh);
                }
                retire(directory, keys, tokenLifetime, now);
                SigningKeyRing ring = new SigningKeyRing(directory, keys);
                writeAtomically(directory.resolve(PUBLIC_SET), ring.publicKeySet(), false);
                return ring;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the token signing keys in " + directory
                    + "; make the directory writable or set videogen.auth.key-directory", e);
        }
    }

    public String currentKeyId() {
        return keys.get(0).getKeyId();
    }

    public PrivateKey currentPrivateKey() {
        return keys.get(0).getPrivateKey();
    }

    public Path publicKeySetFile() {
        return directory.resolve(PUBLIC_SET);
    }

    /** The published keys, newest first, without their private parts. */
    public String publicKeySet() {
        List<JsonWebKey> published = new ArrayList<>();
        for (RsaJsonWebKey key : keys) {
            try {
                RsaJsonWebKey copy = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(key.getRsaPublicKey());
                copy.setKeyId(key.getKeyId());
                copy.setAlgorithm(key.getAlgorithm());
                copy.setUse(key.getUse());
                published.add(copy);
            } catch (JoseException e) {
                throw new IllegalStateException("cannot publish key " + key.getKeyId(), e);
            }
        }
        return new JsonWebKeySet(published).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** A key that no longer signs is deleted once every token it signed has expired. */
    private static void retire(Path directory, List<RsaJsonWebKey> keys, Duration tokenLifetime, Instant now)
            throws IOException {
        for (int i = keys.size() - 1; i >= 1; i--) {
            Instant replacedAt = created(keys.get(i - 1));
            if (replacedAt.plus(tokenLifetime).plus(Duration.ofMinutes(1)).isBefore(now)) {
                Files.deleteIfExists(privateFile(directory, keys.get(i).getKeyId()));
                keys.remove(i);
            }
        }
    }

    private static List<RsaJsonWebKey> load(Path directory) throws IOException {
        List<RsaJsonWebKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("key-[A-Za-z0-9-]+\\.json"))
                    .toList()) {
                try {
                    JsonWebKey key = JsonWebKey.Factory.newJwk(Files.readString(file, StandardCharsets.UTF_8));
                    if (key instanceof RsaJsonWebKey rsa && rsa.getPrivateKey() != null) {
                        keys.add(rsa);
                    }
                } catch (JoseException e) {
                    throw new IOException("signing key file " + file.getFileName() + " is not a JSON Web Key", e);
                }
            }
        }
        keys.sort(Comparator.comparing(SigningKeyRing::created).reversed());
        return keys;
    }

    private static RsaJsonWebKey generate(Instant now) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(KEY_BITS);
            key.setKeyId(UUID.randomUUID().toString());
            key.setAlgorithm("RS256");
            key.setUse("sig");
            key.setOtherParameter(CREATED, now.getEpochSecond());
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant created(RsaJsonWebKey key) {
        Object value = key.getOtherParameterValue(CREATED, Object.class);
        return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : Instant.EPOCH;
    }

    private static Path privateFile(Path directory, String keyId) {
        return directory.resolve("key-" + keyId + ".json");
    }

    private static void writePrivate(Path directory, RsaJsonWebKey key) throws IOException {
        writeAtomically(privateFile(directory, key.getKeyId()),
                key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), true);
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".key", ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // a file system without POSIX permissions keeps its defaults
                }
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
