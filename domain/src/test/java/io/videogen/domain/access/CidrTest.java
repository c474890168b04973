package io.videogen.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.domain.access.AddressRule.Action;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void ipv4NetworksContainTheirAddressesOnly() {
        Cidr network = Cidr.parse("203.0.113.77/24");

        assertThat(network).hasToString("203.0.113.0/24");
        assertThat(network.contains(Cidr.literal("203.0.113.1").orElseThrow())).isTrue();
        assertThat(network.contains(Cidr.literal("203.0.114.1").orElseThrow())).isFalse();
        assertThat(Cidr.parse("198.51.100.9")).hasToString("198.51.100.9/32");
        assertThat(Cidr.parse("0.0.0.0/0").contains(Cidr.literal("8.8.8.8").orElseThrow())).isTrue();
    }

    @Test
    void ipv6NetworksContainTheirAddressesOnlyAndNeverAnIpv4One() {
        Cidr network = Cidr.parse("2001:db8:15::/48");

        assertThat(network.contains(Cidr.literal("2001:db8:15:ffff::1").orElseThrow())).isTrue();
        assertThat(network.contains(Cidr.literal("[2001:db8:16::1]").orElseThrow())).isFalse();
        assertThat(network.contains(Cidr.literal("203.0.113.1").orElseThrow())).isFalse();
    }

    @Test
    void refusesWhatIsNoNetworkNamingTheField() {
        for (String text : List.of("", "300.1.1.1/8", "10.0.0.0/33", "2001:db8::/129", "example.com", "10.0.0.0/x",
                "1.2.3.4/5/6")) {
            assertThatThrownBy(() -> Cidr.parse(text)).as(text).isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("cidr"));
        }
        assertThat(Cidr.literal("example.com")).isEmpty();
        assertThat(Cidr.literal("unknown")).isEmpty();
    }

    @Test
    void denyWinsAnAllowListAdmitsOnlyItsNetworksAndExpiredRulesCountForNothing() {
        AddressPolicy policy = new AddressPolicy(List.of(
                rule("10.0.0.0/8", Action.ALLOW, Optional.empty()),
                rule("10.6.6.0/24", Action.DENY, Optional.empty()),
                rule("192.0.2.0/24", Action.DENY, Optional.of(NOW.minusSeconds(1)))));

        assertThat(policy.refusesRequest("10.1.2.3", NOW)).isEmpty();
        assertThat(policy.refusesRequest("10.6.6.6", NOW)).hasValueSatisfying(why -> assertThat(why).contains("10.6.6.0/24"));
        assertThat(policy.refusesRequest("198.51.100.1", NOW)).isPresent();
        assertThat(policy.refusesRequest("unknown", NOW)).isPresent();
        assertThat(new AddressPolicy(List.of(rule("192.0.2.0/24", Action.DENY, Optional.of(NOW.minusSeconds(1)))))
                .refusesRequest("192.0.2.1", NOW)).isEmpty();
    }

    @Test
    void accountRulesLimitOnlyThatAccountsSignIn() {
        UserId ana = UserId.random();
        AddressPolicy policy = new AddressPolicy(List.of(new AddressRule(UUID.randomUUID(), Cidr.parse("198.51.100.0/24"),
                Action.ALLOW, Optional.of(ana), Optional.empty(), null, NOW)));

        assertThat(policy.refusesSignIn(ana, "198.51.100.4", NOW)).isEmpty();
        assertThat(policy.refusesSignIn(ana, "192.0.2.4", NOW)).isPresent();
        assertThat(policy.refusesSignIn(UserId.random(), "192.0.2.4", NOW)).isEmpty();
        assertThat(policy.refusesRequest("192.0.2.4", NOW)).isEmpty();
    }

    private static AddressRule rule(String cidr, Action action, Optional<Instant> expiresAt) {
        return new AddressRule(UUID.randomUUID(), Cidr.parse(cidr), action, Optional.empty(), expiresAt, null, NOW);
    }
}
