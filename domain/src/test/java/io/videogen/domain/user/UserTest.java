package io.videogen.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Email ANA = new Email("ana@example.com");

    private static User ana() {
        return User.register(UserId.random(), ANA, "Ana", "$argon2id$hash", NOW);
    }

    @Test
    void aNewUserIsACreator() {
        User user = ana();

        assertThat(user.roles()).containsExactly(Role.CREATOR);
        assertThat(user.hasRole(Role.CREATOR)).isTrue();
        assertThat(user.hasRole(Role.ADMIN)).isFalse();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.version()).isZero();
        assertThat(user.isLockedAt(NOW)).isFalse();
    }

    @Test
    void withoutADisplayNameAUserIsCalledByTheirMailboxName() {
        User user = User.register(UserId.random(), new Email("Bruno.Costa@Example.com"), " ", "hash", NOW);

        assertThat(user.displayName()).isEqualTo("bruno.costa");
    }

    @Test
    void theDisplayNameIsTrimmedAndAtMost100Characters() {
        assertThat(User.register(UserId.random(), ANA, "  Ana  ", "hash", NOW).displayName()).isEqualTo("Ana");
        assertThatThrownBy(() -> User.register(UserId.random(), ANA, "n".repeat(101), "hash", NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("displayName has 101 characters; shorten it to at most 100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("displayName");
    }

    @Test
    void aUserNeedsAPasswordHash() {
        assertThatThrownBy(() -> User.register(UserId.random(), ANA, "Ana", " ", NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("passwordHash must not be blank");
        assertThatThrownBy(() -> ana().changePasswordHash(""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("passwordHash");
    }

    @Test
    void thePasswordHashCanBeReplaced() {
        User user = ana();

        user.changePasswordHash("$argon2id$new");

        assertThat(user.passwordHash()).isEqualTo("$argon2id$new");
    }

    @Test
    void rolesCanBeChanged() {
        User user = ana();

        user.changeRoles(Set.of(Role.ADMIN, Role.VIEWER));

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
    }

    @Test
    void rolesNeverEmpty() {
        User user = ana();

        assertThatThrownBy(() -> user.changeRoles(Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a user needs at least one role: admin, creator or viewer")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("roles");
        assertThatThrownBy(() -> user.changeRoles(null)).isInstanceOf(InvalidValueException.class);
        assertThat(user.roles()).containsExactly(Role.CREATOR);
    }

    @Test
    void rolesCannotBeChangedBehindTheUsersBack() {
        User user = ana();
        Set<Role> roles = EnumSet.of(Role.VIEWER);
        user.changeRoles(roles);

        roles.add(Role.ADMIN);

        assertThat(user.roles()).containsExactly(Role.VIEWER);
        assertThatThrownBy(() -> user.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLockedUserIsLockedUntilTheGivenTime() {
        User user = ana();
        Instant until = NOW.plusSeconds(900);

        user.lockUntil(until);

        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.isLockedAt(until.minusMillis(1))).isTrue();
        assertThat(user.isLockedAt(until)).isFalse();
        assertThat(user.isLockedAt(until.plusSeconds(1))).isFalse();
    }

    @Test
    void unlockingLiftsTheLockAtOnce() {
        User user = ana();
        user.lockUntil(NOW.plusSeconds(900));

        user.unlock();

        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.snapshot().lockedUntil()).isNull();
    }

    @Test
    void unlockingAUserWhoIsNotLockedIsRefused() {
        User user = ana();

        assertThatThrownBy(user::unlock)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("user ana@example.com is not locked");
    }

    @Test
    void snapshotAndRestoreRoundTrip() {
        User user = ana();
        user.changeRoles(Set.of(Role.ADMIN));
        user.lockUntil(NOW.plusSeconds(60));

        User restored = User.restore(user.snapshot());

        assertThat(restored.snapshot()).isEqualTo(user.snapshot());
        assertThat(restored.getId()).isEqualTo(user.id());
        assertThat(restored.email()).isEqualTo(ANA);
        assertThat(restored.isLockedAt(NOW)).isTrue();
    }

    @Test
    void aStoredUserWithoutRolesIsRefused() {
        User.Snapshot s = ana().snapshot();
        User.Snapshot roleless = new User.Snapshot(s.id(), s.email(), s.displayName(), s.passwordHash(), Set.of(),
                s.lockedUntil(), s.createdAt(), s.version());

        assertThatThrownBy(() -> User.restore(roleless))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one role");
    }

    @Test
    void userIdsAreUuids() {
        UserId id = UserId.random();

        assertThat(UserId.parse(" " + id + " ")).isEqualTo(id);
        assertThatThrownBy(() -> UserId.parse("ana"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'ana' is not a user id; ids are UUIDs")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("userId");
    }
}
