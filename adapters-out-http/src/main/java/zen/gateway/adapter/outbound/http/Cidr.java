package zen.gateway.adapter.outbound.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation. Immutable. */
final class Cidr {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Reads {@code 10.0.0.0/8}, {@code fc00::/7} or a bare address (a network of one). Host bits must be zero:
     * {@code 10.0.0.1/8} is more likely a typo for {@code /32} than a way of writing {@code 10.0.0.0/8}.
     * Never looks up a name.
     */
    static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a CIDR cannot be blank");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        byte[] address = parseAddress(slash < 0 ? trimmed : trimmed.substring(0, slash), text);
        int bits = address.length * 8;
        int prefix = slash < 0 ? bits : parsePrefix(trimmed.substring(slash + 1), bits, text);
        for (int bit = prefix; bit < bits; bit++) {
            if (bitAt(address, bit)) {
                throw new IllegalArgumentException(
                        "host bits are set in " + text + " (a network address ends in zero bits after the prefix)");
            }
        }
        return new Cidr(address, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            if (bitAt(candidate, bit) != bitAt(network, bit)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] parseAddress(String literal, String text) {
        var ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    throw new IllegalArgumentException("not an IPv4 address in " + text);
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (literal.contains(":") && !literal.contains("%") && !literal.contains("[")) {
            try {
                // Brackets make the JDK parse a literal and never fall back to a DNS lookup.
                InetAddress parsed = InetAddress.getByName("[" + literal + "]");
                if (parsed instanceof Inet6Address) {
                    return parsed.getAddress();
                }
                throw new IllegalArgumentException("write IPv4-mapped networks in IPv4 form: " + text);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address in " + text, e);
            }
        }
        throw new IllegalArgumentException("not an IP address or CIDR: " + text);
    }

    private static int parsePrefix(String digits, int bits, String text) {
        if (!digits.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("not a prefix length in " + text);
        }
        int prefix = Integer.parseInt(digits);
        if (prefix > bits) {
            throw new IllegalArgumentException("prefix longer than " + bits + " bits in " + text);
        }
        return prefix;
    }

    private static boolean bitAt(byte[] bytes, int bit) {
        return (bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && prefixLength == that.prefixLength && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
