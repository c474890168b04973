package io.videogen.domain.user;

import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.types.AggregateRoot;

/** Somebody who signs in. The password hash is opaque here: hashing is an adapter's job. */
public final class User implements AggregateRoot<User, UserId> {

    public static final int MAX_DISPLAY_NAME = 100;

    private final UserId id;
    private final Email email;
    private final Instant createdAt;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private Instant lockedUntil;
    private final long version;

    public record Snapshot(UserId id, Email email, String displayName, String passwordHash, Set<Role> roles,
                           Instant lockedUntil, Instant createdAt, long version) {
    }

    private User(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.email = Objects.requireNonNull(s.email());
        this.displayName = displayNameOrDefault(s.displayName(), s.email());
        this.passwordHash = Guard.notBlank(s.passwordHash(), "passwordHash");
        this.roles = rolesOf(s.roles());
        this.lockedUntil = s.lockedUntil();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.version = s.version();
    }

    public static User register(UserId id, Email email, String displayName, String passwordHash, Instant now) {
        return new User(new Snapshot(id, email, displayName, passwordHash, Set.of(Role.CREATOR), null, now, 0));
    }

    public static User restore(Snapshot snapshot) {
        return new User(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, email, displayName, passwordHash, roles, lockedUntil, createdAt, version);
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = rolesOf(newRoles);
    }

    public void changePasswordHash(String newHash) {
        passwordHash = Guard.notBlank(newHash, "passwordHash");
    }

    public void lockUntil(Instant until) {
        lockedUntil = Objects.requireNonNull(until);
    }

    public void unlock() {
        if (lockedUntil == null) {
            throw new IllegalTransitionException("user " + email + " is not locked");
        }
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static Set<Role> rolesOf(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", "a user needs at least one role: admin, creator or viewer");
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    private static String displayNameOrDefault(String name, Email email) {
        if (name == null || name.isBlank()) {
            return email.value().substring(0, email.value().indexOf('@'));
        }
        return Guard.maxLength(name.strip(), MAX_DISPLAY_NAME, "displayName");
    }

    @Override
    public UserId getId() {
        return id;
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
