package io.videogen.application.fakes;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.AddressRuleStore;
import io.videogen.domain.access.AddressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Address rules in a list. */
public final class InMemoryAddressRules implements AddressRuleStore {

    private final List<AddressRule> rules = new ArrayList<>();

    @Override
    public synchronized Uni<List<AddressRule>> all() {
        return Uni.createFrom().item(List.copyOf(rules));
    }

    @Override
    public synchronized Uni<Void> add(AddressRule rule) {
        rules.add(rule);
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<Optional<AddressRule>> remove(UUID id) {
        Optional<AddressRule> found = rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
        found.ifPresent(rules::remove);
        return Uni.createFrom().item(found);
    }
}
