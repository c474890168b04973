package io.videogen.infrastructure.persistence;

import io.videogen.domain.user.Email;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A row of {@code users}. Roles are a short comma-separated list of role names. */
@Entity
@Table(name = "users")
public class UserEntity {

    @Id
    UUID id;
    @Column(updatable = false)
    String email;
    @Column(name = "display_name")
    String displayName;
    @Column(name = "password_hash")
    String passwordHash;
    String roles;
    @Column(name = "locked_until")
    Instant lockedUntil;
    @Column(name = "created_at", updatable = false)
    Instant createdAt;
    @Version
    Long version;

    protected UserEntity() {
    }

    static UserEntity newRow(User.Snapshot s) {
        UserEntity row = new UserEntity();
        row.id = s.id().value();
        row.email = s.email().value();
        row.createdAt = s.createdAt();
        row.apply(s);
        return row;
    }

    void apply(User.Snapshot s) {
        displayName = s.displayName();
        passwordHash = s.passwordHash();
        roles = s.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
        lockedUntil = s.lockedUntil();
    }

    User toUser() {
        Set<Role> stored = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(stored::add);
        return User.restore(new User.Snapshot(new UserId(id), new Email(email), displayName, passwordHash, stored,
                lockedUntil, createdAt, version));
    }
}
