package io.videogen.application.port.out;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.access.AddressRule;
import java.util.List;
import java.util.UUID;

/** Address rules, shared by every instance. */
public interface AddressRuleStore {

    Uni<List<AddressRule>> all();

    Uni<Void> add(AddressRule rule);

    /** The removed rule; empty when there was none with this id. */
    Uni<java.util.Optional<AddressRule>> remove(UUID id);
}
