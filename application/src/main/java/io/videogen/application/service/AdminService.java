package io.videogen.application.service;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageUsersUseCase;
import io.videogen.application.port.in.ProvisionAdminUseCase;
import io.videogen.application.port.in.RegisterUserCommand;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.DuplicateException;
import io.videogen.application.port.out.PasswordHasher;
import io.videogen.application.port.out.PasswordPolicy;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts as admins manage them, and the first admin made from configuration. An admin cannot
 * take the admin role from themselves or lock themselves out, so there is always a way back in.
 */
public final class AdminService implements ManageUsersUseCase, ProvisionAdminUseCase {

    /** A lock without an end: far enough away, and a date PostgreSQL stores. */
    static final Instant UNTIL_UNLOCKED = Instant.parse("9999-12-31T00:00:00Z");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final Blocking blocking;
    private final Clock clock;

    public AdminService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, SignInThrottle throttle,
                        AuditTrail audit, Blocking blocking, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.blocking = blocking;
        this.clock = clock;
    }

    @Override
    public Uni<Page<User>> list(Caller admin, Optional<String> emailContains, PageRequest page) {
        requireAdmin(admin);
        return users.list(emailContains.filter(text -> !text.isBlank()), page);
    }

    @Override
    public Uni<User> get(Caller admin, UserId id) {
        requireAdmin(admin);
        return load(id);
    }

    @Override
    public Uni<User> changeRoles(Caller admin, UserId id, Set<Role> roles, RequestOrigin origin) {
        requireAdmin(admin);
        if (admin.userId().equals(id) && !roles.contains(Role.ADMIN)) {
            throw new InvalidValueException("roles", "you cannot take the admin role from yourself; "
                    + "another admin can");
        }
        return load(id).chain(user -> {
            String before = labels(user.roles());
            user.changeRoles(roles);
            return users.save(user).call(saved -> audit.record(audit.event(SecurityEventType.ROLES_CHANGED,
                    saved.id(), saved.email().value(), origin, "roles " + before + " -> " + labels(saved.roles()))
                    .by(admin.userId())));
        });
    }

    @Override
    public Uni<User> lock(Caller admin, UserId id, Optional<Instant> until, RequestOrigin origin) {
        requireAdmin(admin);
        if (admin.userId().equals(id)) {
            throw new InvalidValueException("id", "you cannot lock your own account");
        }
        Instant end = until.orElse(UNTIL_UNLOCKED);
        if (!end.isAfter(clock.now())) {
            throw new InvalidValueException("until", "until is in the past; give a time in the future, "
                    + "or none to lock until unlocked");
        }
        return load(id).chain(user -> {
            user.lockUntil(end);
            return users.save(user).call(saved -> audit.record(audit.event(SecurityEventType.ACCOUNT_LOCKED,
                    saved.id(), saved.email().value(), origin,
                    until.map(at -> "locked until " + at).orElse("locked until unlocked")).by(admin.userId())));
        });
    }

    @Override
    public Uni<User> unlock(Caller admin, UserId id, RequestOrigin origin) {
        requireAdmin(admin);
        return load(id).chain(user -> {
            Uni<User> unlocked;
            if (user.snapshot().lockedUntil() != null) {
                user.unlock();
                unlocked = users.save(user);
            } else {
                unlocked = Uni.createFrom().item(user);
            }
            return unlocked.call(saved -> throttle.release(saved.email()))
                    .call(saved -> audit.record(audit.event(SecurityEventType.ACCOUNT_UNLOCKED, saved.id(),
                            saved.email().value(), origin, "unlocked").by(admin.userId())));
        });
    }

    @Override
    public Uni<Boolean> provision(RegisterUserCommand command) {
        if (policy.isCommon(command.password())) {
            Arrays.fill(command.password(), '\0');
            throw new InvalidValueException("password",
                    "the configured admin password is one of the most common ones; choose a less guessable one");
        }
        return users.findByEmail(command.email()).chain(existing -> {
            if (existing.isPresent()) {
                Arrays.fill(command.password(), '\0');
                return Uni.createFrom().item(false);
            }
            return blocking.call(() -> {
                try {
                    return hasher.hash(command.password());
                } finally {
                    Arrays.fill(command.password(), '\0');
                }
            }).chain(hash -> {
                User admin = User.register(UserId.random(), command.email(), command.displayName(), hash,
                        clock.now());
                admin.changeRoles(Set.of(Role.ADMIN));
                return users.add(admin)
                        .call(() -> audit.record(SecurityEventType.ADMIN_CREATED, admin.id(),
                                admin.email().value(), RequestOrigin.internal(), "first admin, from configuration"))
                        .replaceWith(true)
                        // another instance starting at the same moment made it first
                        .onFailure(DuplicateException.class).recoverWithItem(false);
            });
        });
    }

    private Uni<User> load(UserId id) {
        return users.findById(id).map(found -> found.orElseThrow(() -> new ResourceNotFoundException("user", id)));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.seesEverything()) {
            throw new PermissionDeniedException("only admins manage accounts");
        }
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).sorted().collect(Collectors.joining(","));
    }
}
