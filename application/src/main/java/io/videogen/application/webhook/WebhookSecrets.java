package io.videogen.application.webhook;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageWebhookSecretUseCase;
import io.videogen.application.port.out.WebhookSecretStore;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import java.security.SecureRandom;
import java.util.Base64;

/** Users' webhook secrets: 256 random bits, made the first time anyone needs one. */
public final class WebhookSecrets implements ManageWebhookSecretUseCase {

    private static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    private final WebhookSecretStore store;
    private final SecureRandom random = new SecureRandom();

    public WebhookSecrets(WebhookSecretStore store) {
        this.store = store;
    }

    @Override
    public Uni<String> secret(Caller caller) {
        return secretOf(caller.userId());
    }

    @Override
    public Uni<String> rotate(Caller caller) {
        String fresh = newSecret();
        return store.replace(caller.userId(), fresh).replaceWith(fresh);
    }

    /** The secret a user's webhooks are signed with; made now if the user never asked for one. */
    public Uni<String> secretOf(UserId user) {
        return Uni.createFrom().deferred(() -> store.findOrCreate(user, newSecret()));
    }

    private String newSecret() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
