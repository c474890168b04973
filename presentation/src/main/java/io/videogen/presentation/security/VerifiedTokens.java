package io.videogen.presentation.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The access-token verifier, remembering for a short while the tokens it has verified: a client
 * sends the same token with every request for up to 15 minutes, and checking its RSA signature and
 * claims again each time was an eighth of the CPU of an authenticated read.
 *
 * <p>Nothing is weakened. The key is the whole token, signature included, so only the exact string
 * that passed every check (signature, algorithm, issuer, audience, times) is remembered; a token
 * that fails is never remembered. The verdict on one string depends only on the signing keys (loaded
 * once at start, a rotated key kept for as long as its tokens live) and the clock: a token is
 * remembered at most {@link #REMEMBER_MILLIS} and never past its {@code exp}, and {@link
 * TokenTimeCheck} still refuses it from its {@code exp} on at every request. Access tokens carry no
 * server-side state that could be revoked: a lock or a role change reaches tokens already issued when
 * they expire, with or without this memory (refresh tokens, which are revoked, are not JWTs and do
 * not pass here).
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokens implements JWTParser {

    static final long REMEMBER_MILLIS = 60_000;
    /** A bound on memory: past it, forgotten entries are dropped, and all of them if none were. */
    static final int CAPACITY = 10_000;

    private final DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken fresh = verifier.parse(token);
        remember(token, fresh, now);
        return fresh;
    }

    private void remember(String token, JsonWebToken fresh, long now) {
        long until = Math.min(now + REMEMBER_MILLIS, fresh.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> entry.until() <= now);
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(fresh, until));
    }

    private record Verified(JsonWebToken token, long until) {
    }

    // Verification with other keys or settings than the service's own is passed through unremembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
