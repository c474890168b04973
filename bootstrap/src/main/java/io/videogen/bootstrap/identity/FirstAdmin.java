package io.videogen.bootstrap.identity;

import io.quarkus.runtime.StartupEvent;
import io.videogen.application.port.in.ProvisionAdminUseCase;
import io.videogen.application.port.in.RegisterUserCommand;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.Email;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Creates the first admin from videogen.auth.admin.* when the service starts, unless an account
 * with that email exists. A half-given or weak configuration stops the start with a message that
 * says what to fix, rather than leaving a service nobody can administer.
 */
@Singleton
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    void create(@Observes StartupEvent started, AdminAccountConfig config, ProvisionAdminUseCase admins) {
        if (config.email().isEmpty() && config.password().isEmpty()) {
            return;
        }
        if (config.email().isEmpty() || config.password().isEmpty()) {
            throw new IllegalStateException("set both videogen.auth.admin.email and videogen.auth.admin.password "
                    + "(VIDEOGEN_AUTH_ADMIN_EMAIL, VIDEOGEN_AUTH_ADMIN_PASSWORD) to create the first admin, or neither");
        }
        Email email;
        boolean created;
        try {
            email = new Email(config.email().get());
            RegisterUserCommand command = new RegisterUserCommand(email, config.password().get().toCharArray(),
                    config.displayName());
            created = admins.provision(command).await().atMost(TIMEOUT);
        } catch (InvalidValueException e) {
            throw new IllegalStateException("videogen.auth.admin." + e.field() + ": " + e.getMessage(), e);
        }
        if (created) {
            LOG.infof("Created the admin account %s from videogen.auth.admin.*", email);
        } else {
            LOG.debugf("An account %s exists; videogen.auth.admin.* left it as it is", email);
        }
    }
}
