package io.videogen.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.FixedClock;
import io.videogen.application.fakes.InMemoryAddressRules;
import io.videogen.application.fakes.RecordingSecurityEvents;
import io.videogen.application.port.out.AddressRuleStore;
import io.videogen.domain.access.AddressPolicy;
import io.videogen.domain.access.AddressRule;
import io.videogen.domain.access.Cidr;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The background refresh and a change's own refresh overlap. AddressRulesTest (bootstrap) saw a
 * removed deny rule still refuse the next request: the background read had begun before the removal
 * and ended after the removal's read, and put the removed rule back for up to a second.
 */
class AddressRulesRefreshTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final String SCANNER = "203.0.113.7";

    private final FixedClock clock = new FixedClock();
    private final SlowReads store = new SlowReads();
    private final AddressRules rules = new AddressRules(store, null, new RecordingSecurityEvents(), clock);
    private final Caller admin = new Caller(UserId.random(), Set.of(Role.ADMIN));
    private final RequestOrigin origin = new RequestOrigin("127.0.0.1", "r");
    private final AddressRule deny = new AddressRule(UUID.randomUUID(), Cidr.parse("203.0.113.0/24"),
            AddressRule.Action.DENY, Optional.empty(), Optional.empty(), "scanner", clock.now());

    @Test
    void aReadThatBeganBeforeARemovalDoesNotBringTheRemovedRuleBack() {
        store.add(deny).await().atMost(PATIENCE);
        rules.refresh().await().atMost(PATIENCE);
        assertThat(rules.refusesRequest(SCANNER)).isPresent();

        store.holdNextRead();
        CompletableFuture<AddressPolicy> background = rules.refresh().subscribeAsCompletionStage().toCompletableFuture();
        rules.remove(admin, deny.id(), origin).await().atMost(PATIENCE);
        assertThat(rules.refusesRequest(SCANNER)).as("after the removal's own read").isEmpty();
        store.finishHeldRead();

        assertThat(background.join().rules()).as("the overtaken read answers with the newer rules").isEmpty();
        assertThat(rules.refusesRequest(SCANNER)).as("after the overtaken read ended").isEmpty();
    }

    @Test
    void aReadThatBeganAfterAnotherReplacesItsRules() {
        rules.refresh().await().atMost(PATIENCE);
        store.add(deny).await().atMost(PATIENCE);

        rules.refresh().await().atMost(PATIENCE);

        assertThat(rules.refusesRequest(SCANNER)).isPresent();
    }

    /** Rules in a list; a read can be held: it takes its snapshot when it begins and answers when let go. */
    private static final class SlowReads implements AddressRuleStore {

        private final InMemoryAddressRules rules = new InMemoryAddressRules();
        private CompletableFuture<Void> held;
        private CompletableFuture<Void> heldRead;

        @Override
        public synchronized Uni<List<AddressRule>> all() {
            List<AddressRule> snapshot = rules.all().await().atMost(PATIENCE);
            CompletableFuture<Void> release = held;
            held = null;
            return release == null ? Uni.createFrom().item(snapshot)
                    : Uni.createFrom().completionStage(release).replaceWith(snapshot);
        }

        synchronized void holdNextRead() {
            held = new CompletableFuture<>();
            heldRead = held;
        }

        synchronized void finishHeldRead() {
            heldRead.complete(null);
        }

        @Override
        public Uni<Void> add(AddressRule rule) {
            return rules.add(rule);
        }

        @Override
        public Uni<Optional<AddressRule>> remove(UUID id) {
            return rules.remove(id);
        }
    }
}
