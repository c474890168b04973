package io.videogen.bootstrap.access;

import io.videogen.application.access.AddressRules;
import io.videogen.application.port.out.AddressRuleStore;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.UserRepository;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Address rules: one copy per instance, read at start and again every second ({@link RuleRefresh}). */
@Singleton
class AccessWiring {

    @Produces
    @Singleton
    AddressRules addressRules(AddressRuleStore store, UserRepository users, SecurityEventLog audit, Clock clock) {
        return new AddressRules(store, users, audit, clock);
    }
}
