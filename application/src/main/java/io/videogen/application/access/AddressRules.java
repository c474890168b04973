package io.videogen.application.access;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AddressGate;
import io.videogen.application.port.in.ManageAddressRulesUseCase;
import io.videogen.application.port.out.AddressRuleStore;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.UserRepository;
import io.videogen.domain.access.AddressDeniedException;
import io.videogen.domain.access.AddressPolicy;
import io.videogen.domain.access.AddressRule;
import io.videogen.domain.access.Cidr;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.User;
import io.videogen.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Address rules: kept in the shared store, copied into each instance and read again every second
 * (and at once after a change made here), so a rule added on one instance holds on all within about
 * a second. Requests are checked against the copy without I/O, before authentication. Changes and
 * refused sign-ins are audited; refused requests are not (a flood of them would flood the trail).
 */
public final class AddressRules implements AddressGate, ManageAddressRulesUseCase {

    private final AddressRuleStore store;
    private final UserRepository users;
    private final SecurityEventLog audit;
    private final Clock clock;
    private volatile AddressPolicy policy = new AddressPolicy(List.of());
    /** Numbers the reads of the store in the order they began. */
    private final AtomicLong reads = new AtomicLong();
    /** The number of the read {@link #policy} came from; guarded by {@code this}. */
    private long applied;

    public AddressRules(AddressRuleStore store, UserRepository users, SecurityEventLog audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads the rules again (the background refresh calls this every second). Reads overlap: the
     * background one may have begun before a change here committed and end after the change's own
     * read, so a read only replaces the rules of one that began after it; one that began earlier
     * may not have seen a change the later one did (a removed rule came back for up to a second).
     */
    public Uni<AddressPolicy> refresh() {
        return Uni.createFrom().deferred(() -> {
            long read = reads.incrementAndGet();
            return store.all().map(rules -> apply(read, new AddressPolicy(rules)));
        }).onFailure().recoverWithItem(() -> policy);
    }

    private synchronized AddressPolicy apply(long read, AddressPolicy fresh) {
        if (read > applied) {
            applied = read;
            policy = fresh;
        }
        return policy;
    }

    @Override
    public Optional<String> refusesRequest(String clientAddress) {
        return policy.refusesRequest(clientAddress, clock.now());
    }

    @Override
    public Uni<Void> requireSignIn(User user, RequestOrigin origin) {
        Optional<String> refusal = policy.refusesSignIn(user.id(), origin.clientAddress(), clock.now());
        if (refusal.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return record(SecurityEvent.of(clock.now(), SecurityEventType.ADDRESS_DENIED, user.id(), user.email().value(),
                        origin, "sign-in from " + origin.clientAddress() + " refused: " + refusal.get()))
                .chain(() -> Uni.createFrom().failure(new AddressDeniedException(
                        "this account may not sign in from your address; ask an admin")));
    }

    @Override
    public Uni<List<AddressRule>> list(Caller admin) {
        requireAdmin(admin);
        return refresh().map(AddressPolicy::rules);
    }

    @Override
    public Uni<AddressRule> add(Caller admin, NewRule rule, RequestOrigin origin) {
        requireAdmin(admin);
        Instant now = clock.now();
        AddressRule.Action action = action(rule.action());
        if (rule.expiresAt().isPresent() && !rule.expiresAt().get().isAfter(now)) {
            throw new InvalidValueException("expiresAt", "expiresAt must be in the future");
        }
        AddressRule created = new AddressRule(UUID.randomUUID(), Cidr.parse(rule.cidr()), action, rule.user(),
                rule.expiresAt(), rule.note(), now);
        refuseLockingOut(created, origin, now);
        Uni<Void> userExists = rule.user().isEmpty() ? Uni.createFrom().voidItem()
                : users.findById(rule.user().get()).map(found -> {
                    if (found.isEmpty()) {
                        throw new InvalidValueException("userId", "no account with id " + rule.user().get().value());
                    }
                    return null;
                });
        return userExists.chain(() -> store.add(created))
                .call(() -> record(event(SecurityEventType.ADDRESS_RULE_ADDED, created, admin, origin, "added")))
                .call(this::refresh)
                .replaceWith(created);
    }

    @Override
    public Uni<Void> remove(Caller admin, UUID id, RequestOrigin origin) {
        requireAdmin(admin);
        return store.remove(id).chain(removed -> removed
                .map(rule -> record(event(SecurityEventType.ADDRESS_RULE_REMOVED, rule, admin, origin, "removed"))
                        .call(this::refresh))
                .orElseGet(() -> Uni.createFrom().failure(new ResourceNotFoundException("address rule", id))));
    }

    /**
     * A rule for every request that would refuse the admin's own address (a deny covering it, or a
     * first allow rule elsewhere) would lock the admin out of the very API that could undo it.
     */
    private void refuseLockingOut(AddressRule added, RequestOrigin origin, Instant now) {
        if (added.user().isPresent() || Cidr.literal(origin.clientAddress()).isEmpty()) {
            return;
        }
        List<AddressRule> after = new ArrayList<>(policy.rules());
        after.add(added);
        new AddressPolicy(after).refusesRequest(origin.clientAddress(), now).ifPresent(refusal -> {
            throw new InvalidValueException("cidr", "this rule would shut out your own address ("
                    + origin.clientAddress() + "): " + (added.action() == AddressRule.Action.DENY
                    ? "choose a network that does not contain it"
                    : "first add an allow rule for a network that contains it"));
        });
    }

    /** A temporary deny rule for one address, made by the service itself (threat detection). */
    public Uni<AddressRule> denyFor(String address, Duration duration, String why) {
        Instant now = clock.now();
        AddressRule rule = new AddressRule(UUID.randomUUID(), Cidr.parse(address), AddressRule.Action.DENY,
                Optional.empty(), Optional.of(now.plus(duration)), why, now);
        return store.add(rule).call(() -> record(SecurityEvent.of(now, SecurityEventType.ADDRESS_RULE_ADDED, null,
                null, RequestOrigin.internal(), "deny " + rule.cidr() + " until " + now.plus(duration) + ": " + why)))
                .call(this::refresh).replaceWith(rule);
    }

    private SecurityEvent event(SecurityEventType type, AddressRule rule, Caller admin, RequestOrigin origin,
                                String verb) {
        String detail = rule.action().name().toLowerCase(Locale.ROOT) + " " + rule.cidr()
                + rule.user().map(user -> " for sign-ins of account " + user.value()).orElse(" for every request")
                + rule.expiresAt().map(at -> " until " + at).orElse("") + " " + verb;
        return SecurityEvent.of(clock.now(), type, rule.user().orElse(null), null, origin, detail).by(admin.userId());
    }

    private Uni<Void> record(SecurityEvent event) {
        return audit.append(event).onFailure().recoverWithNull().replaceWithVoid();
    }

    private static AddressRule.Action action(String text) {
        if (text == null) {
            throw new InvalidValueException("action", "action is required: allow or deny");
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "allow" -> AddressRule.Action.ALLOW;
            case "deny" -> AddressRule.Action.DENY;
            default -> throw new InvalidValueException("action", "action must be allow or deny, not '" + text + "'");
        };
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.seesEverything()) {
            throw new PermissionDeniedException("only admins manage address rules");
        }
    }
}
