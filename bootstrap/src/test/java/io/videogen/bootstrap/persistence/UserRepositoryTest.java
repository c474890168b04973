package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.DuplicateException;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.user.Email;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserRepositoryTest {

    @Inject
    UserRepository users;

    private final String mailbox = "ana." + UUID.randomUUID() + "@example.com";

    @Test
    void aUserIsFoundByIdAndByEmailWrittenInAnyCase() {
        User user = User.register(UserId.random(), new Email(mailbox), "Ana", "$2a$10$hash", T0);

        await(users.add(user));

        assertThat(await(users.findById(user.id())).orElseThrow().snapshot()).isEqualTo(user.snapshot());
        assertThat(await(users.findByEmail(new Email("  " + mailbox.toUpperCase() + " ")))).get()
                .extracting(User::id).isEqualTo(user.id());
    }

    @Test
    void aSecondAccountForTheSameEmailIsRefused() {
        await(users.add(User.register(UserId.random(), new Email(mailbox), "Ana", "$2a$10$hash", T0)));
        User again = User.register(UserId.random(), new Email(mailbox.toUpperCase()), "Other Ana", "$2a$10$other", T0);

        assertThatThrownBy(() -> await(users.add(again))).isInstanceOf(DuplicateException.class)
                .hasMessageContaining(mailbox);
        assertThat(await(users.findById(again.id()))).isEmpty();
    }

    @Test
    void changedRolesAndLockAreSavedAndAStaleCopyIsRefused() {
        User user = User.register(UserId.random(), new Email(mailbox), null, "$2a$10$hash", T0);
        await(users.add(user));
        User stale = await(users.findById(user.id())).orElseThrow();

        User current = await(users.findById(user.id())).orElseThrow();
        current.changeRoles(Set.of(Role.ADMIN, Role.VIEWER));
        current.lockUntil(T0.plusSeconds(900));
        User saved = await(users.save(current));
        stale.changePasswordHash("$2a$10$lost");

        assertThat(saved.version()).isEqualTo(1);
        User stored = await(users.findById(user.id())).orElseThrow();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
        assertThat(stored.isLockedAt(T0.plusSeconds(60))).isTrue();
        assertThat(stored.displayName()).isEqualTo(mailbox.substring(0, mailbox.indexOf('@')));
        assertThatThrownBy(() -> await(users.save(stale))).isInstanceOf(StaleVersionException.class);
    }
}
