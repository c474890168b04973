package io.videogen.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1       | a loopback address",
            "127.8.9.10      | a loopback address",
            "::1             | a loopback address",
            "10.0.0.1        | a private address",
            "172.16.0.1      | a private address",
            "172.31.255.254  | a private address",
            "192.168.1.20    | a private address",
            "fd12:3456::1    | a private (unique local) address",
            "fc00::1         | a private (unique local) address",
            "fd00:ec2::254   | a private (unique local) address",
            "169.254.169.254 | a link-local address (where cloud metadata services live)",
            "169.254.0.1     | a link-local address (where cloud metadata services live)",
            "fe80::1         | a link-local address",
            "0.0.0.0         | an unspecified (this-network) address",
            "::              | an unspecified address",
            "224.0.0.251     | a multicast address",
            "ff02::1         | a multicast address",
            "100.64.0.1      | a shared (carrier-grade NAT) address",
            "100.127.255.254 | a shared (carrier-grade NAT) address",
            "255.255.255.255 | a reserved or broadcast address",
            "::ffff:127.0.0.1 | a loopback address",
            "::ffff:169.254.169.254 | a link-local address (where cloud metadata services live)",
            "64:ff9b::a00:1  | a private address",
            "2002:c0a8:101::1 | a private address",
    })
    void refusesInternalAddresses(String literal, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.whyBlocked(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "169.255.0.1",
            "2606:4700:4700::1111", "2001:4860:4860::8888", "64:ff9b::808:808", "2002:808:808::1"})
    void letsPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.whyBlocked(InetAddress.getByName(literal))).isEmpty();
    }
}
