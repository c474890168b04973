package io.videogen.infrastructure.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.videogen.application.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** bcrypt from Quarkus Elytron: salted, deliberately slow, and maintained by others; its cost is {@link AuthConfig#passwordCost()}. */
@ApplicationScoped
class BcryptPasswordHasher implements PasswordHasher {

    /** bcrypt's own bounds; anything under 10 is for tests, where a sign-up need not resist guessing. */
    static final int MIN_COST = 4;
    static final int MAX_COST = 31;

    private final int cost;

    @Inject
    BcryptPasswordHasher(AuthConfig config) {
        this(config.passwordCost());
    }

    BcryptPasswordHasher(int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException("videogen.auth.password-cost must be " + MIN_COST + " to " + MAX_COST
                    + " (bcrypt's log2 rounds), not " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(char[] password) {
        return BcryptUtil.bcryptHash(new String(password), cost);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return BcryptUtil.matches(new String(password), hash);
    }
}
