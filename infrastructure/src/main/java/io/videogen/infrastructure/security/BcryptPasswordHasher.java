package io.videogen.infrastructure.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.videogen.application.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt (cost 12) from Quarkus Elytron: salted, deliberately slow, and maintained by others. */
@ApplicationScoped
class BcryptPasswordHasher implements PasswordHasher {

    private static final int COST = 12;

    @Override
    public String hash(char[] password) {
        return BcryptUtil.bcryptHash(new String(password), COST);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return BcryptUtil.matches(new String(password), hash);
    }
}
