package io.videogen.domain.access;

import io.videogen.domain.shared.InvalidValueException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32}); a bare
 * address is its own /32 or /128. Written back in canonical form (host bits cleared).
 */
public record Cidr(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String HINT = "an IPv4 or IPv6 network such as 203.0.113.0/24 or 2001:db8::/32";

    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("cidr", "cidr is required: " + HINT);
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2) {
            throw new InvalidValueException("cidr", "'" + text + "' is not " + HINT);
        }
        byte[] address = literal(parts[0]).orElseThrow(() -> new InvalidValueException("cidr",
                "'" + text + "' is not " + HINT));
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cidr", "the prefix length of '" + text + "' must be a number from 0 to "
                    + bits);
        }
        if (prefix < 0 || prefix > bits) {
            throw new InvalidValueException("cidr", "the prefix length of '" + text + "' must be from 0 to " + bits);
        }
        return new Cidr(mask(address, prefix), prefix);
    }

    /** An address as a client's request carries it; empty when it is not an IP literal. */
    public static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        // only literals reach InetAddress, which would otherwise look names up in DNS
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(byte[] address) {
        return address.length == network.length && java.util.Arrays.equals(mask(address, prefix), network);
    }

    private static byte[] mask(byte[] address, int prefix) {
        int bits = address.length * 8;
        BigInteger value = new BigInteger(1, address);
        BigInteger hostBits = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        byte[] raw = value.andNot(hostBits).toByteArray();
        byte[] masked = new byte[address.length];
        int copy = Math.min(raw.length, masked.length);
        System.arraycopy(raw, raw.length - copy, masked, masked.length - copy, copy);
        return masked;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && cidr.prefix == prefix && java.util.Arrays.equals(cidr.network, network);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(network) * 31 + prefix;
    }
}
