package io.videogen.bootstrap.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.videogen.infrastructure.security.SigningKeyRing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hand-made JWTs for the attack suite: header, claims and signature each chosen by the test, with
 * no library deciding anything. A token made with {@link #valid} is accepted, so every rejection
 * the suite sees comes from the one thing the attack changed.
 */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeyRing ring;

    private Tokens(SigningKeyRing ring) {
        this.ring = ring;
    }

    /** The service's own signing key, read from its key directory as the service itself does. */
    static Tokens ofTheService() {
        Path directory = Path.of(ConfigProvider.getConfig().getValue("videogen.auth.key-directory", String.class));
        // a rotation period no test reaches: reading the ring must never rotate the service's key
        return new Tokens(SigningKeyRing.open(directory, Duration.ofDays(36500), Duration.ofMinutes(15), Instant.now()));
    }

    String keyId() {
        return ring.currentKeyId();
    }

    PrivateKey privateKey() {
        return ring.currentPrivateKey();
    }

    java.security.PublicKey publicKey() {
        try {
            var jwks = new org.jose4j.jwk.JsonWebKeySet(ring.publicKeySet());
            return ((org.jose4j.jwk.RsaJsonWebKey) jwks.findJsonWebKey(keyId(), null, null, null)).getRsaPublicKey();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the service would issue for this user. */
    static Map<String, Object> claims(String userId, String... groups) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "videogen");
        claims.put("aud", "videogen-api");
        claims.put("sub", userId);
        claims.put("upn", userId);
        claims.put("groups", List.of(groups));
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    Map<String, Object> header(String alg) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        header.put("kid", keyId());
        return header;
    }

    String valid(Map<String, Object> claims) {
        return rsa("RS256", "SHA256withRSA", privateKey(), header("RS256"), claims);
    }

    static String rsa(String alg, String javaAlgorithm, PrivateKey key, Map<String, Object> header,
                      Map<String, Object> claims) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + alg, e);
        }
    }

    static String hmac(byte[] secret, Map<String, Object> header, Map<String, Object> claims) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(Map<String, Object> header, Map<String, Object> claims) {
        return encode(header) + "." + encode(claims) + ".";
    }

    static KeyPair strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, Object> part) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(part));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of a token replaced by other claims, its signature kept. */
    static String withPayload(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }
}
