package io.videogen.infrastructure.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook must never reach: everything that is not a public unicast address,
 * so a callback URL cannot be used to probe the service's own host, its network or its cloud
 * metadata endpoint. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are
 * judged by that IPv4 address.
 */
final class AddressPolicy {

    private record Block(byte[] prefix, int bits, String kind) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> BLOCKED = List.of(
            block("0.0.0.0", 8, "an unspecified (this-network) address"),
            block("10.0.0.0", 8, "a private address"),
            block("100.64.0.0", 10, "a shared (carrier-grade NAT) address"),
            block("127.0.0.0", 8, "a loopback address"),
            block("169.254.0.0", 16, "a link-local address (where cloud metadata services live)"),
            block("172.16.0.0", 12, "a private address"),
            block("192.0.0.0", 24, "a reserved address"),
            block("192.168.0.0", 16, "a private address"),
            block("198.18.0.0", 15, "a reserved (benchmarking) address"),
            block("224.0.0.0", 4, "a multicast address"),
            block("240.0.0.0", 4, "a reserved or broadcast address"),
            block("::", 128, "an unspecified address"),
            block("::1", 128, "a loopback address"),
            block("fc00::", 7, "a private (unique local) address"),
            block("fe80::", 10, "a link-local address"),
            block("fec0::", 10, "a private (site-local) address"),
            block("ff00::", 8, "a multicast address"));

    private static final Block MAPPED = block("::ffff:0:0", 96, "IPv4-mapped");
    private static final Block COMPATIBLE = block("::", 96, "IPv4-compatible");
    private static final Block NAT64 = block("64:ff9b::", 96, "NAT64");
    private static final Block SIX_TO_FOUR = block("2002::", 16, "6to4");

    private AddressPolicy() {
    }

    /** Why the address is refused, as "a … address", or empty when a webhook may go there. */
    static Optional<String> whyBlocked(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<String> direct = kindOf(bytes);
        if (direct.isPresent() || !(address instanceof Inet6Address)) {
            return direct;
        }
        return embeddedIpv4(bytes).flatMap(AddressPolicy::kindOf);
    }

    private static Optional<String> kindOf(byte[] bytes) {
        return BLOCKED.stream().filter(block -> block.contains(bytes)).map(Block::kind).findFirst();
    }

    private static Optional<byte[]> embeddedIpv4(byte[] v6) {
        if (MAPPED.contains(v6) || COMPATIBLE.contains(v6) || NAT64.contains(v6)) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (SIX_TO_FOUR.contains(v6)) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6));
        }
        return Optional.empty();
    }

    private static Block block(String literal, int bits, String kind) {
        try {
            // literals only: getByName does no lookup for them
            InetAddress address = InetAddress.getByName(literal);
            byte[] bytes = address.getAddress();
            if (literal.contains(":") && address instanceof Inet4Address) {
                // Java turns ::ffff:a.b.c.d into an IPv4 address; keep the 16-byte form for the prefix
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xFF;
                v6[11] = (byte) 0xFF;
                System.arraycopy(bytes, 0, v6, 12, 4);
                bytes = v6;
            }
            return new Block(bytes, bits, kind);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + literal, e);
        }
    }
}
