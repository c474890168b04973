package io.videogen.domain.access;

import io.videogen.domain.access.AddressRule.Action;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the rules say about an address. For every request: a matching deny rule refuses it; when
 * allow rules exist, only an address one of them matches gets in. For an account's sign-in, the
 * same with that account's rules. Expired rules count for nothing. An address that is not an IP
 * literal (an unknown client) is refused only where an allow list exists.
 */
public record AddressPolicy(List<AddressRule> rules) {

    public AddressPolicy {
        rules = List.copyOf(rules);
    }

    /** The rule that refuses a request from this address, if one does. */
    public Optional<String> refusesRequest(String address, Instant now) {
        return refusal(address, now, Optional.empty());
    }

    public Optional<String> refusesSignIn(UserId user, String address, Instant now) {
        return refusal(address, now, Optional.of(user));
    }

    private Optional<String> refusal(String address, Instant now, Optional<UserId> scope) {
        List<AddressRule> active = rules.stream().filter(rule -> rule.user().equals(scope) && rule.activeAt(now))
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> literal = Cidr.literal(address);
        Optional<AddressRule> deny = literal.flatMap(bytes -> active.stream()
                .filter(rule -> rule.action() == Action.DENY && rule.matches(bytes)).findFirst());
        if (deny.isPresent()) {
            return Optional.of("denied by rule " + deny.get().cidr());
        }
        List<AddressRule> allows = active.stream().filter(rule -> rule.action() == Action.ALLOW).toList();
        boolean allowed = allows.isEmpty()
                || literal.isPresent() && allows.stream().anyMatch(rule -> rule.matches(literal.get()));
        return allowed ? Optional.empty() : Optional.of("not in any allowed network");
    }
}
