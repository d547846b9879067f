package zen.gateway.adapter.outbound.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads a host as an IPv4 address the way inet_aton(3) does, which is how C resolvers (getaddrinfo), curl and
 * browsers read it: one to four parts, each decimal, octal with a leading {@code 0} or hexadecimal after
 * {@code 0x}; the last part fills the bytes that are left. So {@code 0x7f000001}, {@code 2130706433},
 * {@code 0177.0.0.1} and {@code 127.1} all mean 127.0.0.1. Java reads some of these differently ({@code 0177.0.0.1}
 * as 177.0.0.1) and refuses others, so only the plain dotted quad is unambiguous. Stateless.
 */
final class NumericHost {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final long MAX_ADDRESS = 0xFFFF_FFFFL;

    private NumericHost() {}

    /** The address inet_aton would read in {@code host} (one trailing dot allowed, as URL parsers do), if any. */
    static Optional<InetAddress> ipv4(String host) {
        String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = text.split("\\.", -1);
        if (text.isEmpty() || parts.length > 4) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            OptionalLong value = part(parts[i]);
            boolean last = i == parts.length - 1;
            long most = last ? MAX_ADDRESS >>> (8 * i) : 0xFF;
            if (value.isEmpty() || value.getAsLong() > most) {
                return Optional.empty();
            }
            address = last ? address | value.getAsLong() : address | (value.getAsLong() << (8 * (3 - i)));
        }
        return Optional.of(toAddress(address));
    }

    /** Four decimal numbers up to 255 without leading zeros: the one spelling every reader agrees on. */
    static boolean isDottedQuad(String host) {
        return DOTTED_QUAD.matcher(host).matches();
    }

    private static OptionalLong part(String part) {
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2); // inet_aton reads a bare "0x" as zero
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return radix == 10 ? OptionalLong.empty() : OptionalLong.of(0);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int digit = c < 128 ? Character.digit(c, radix) : -1; // Character.digit also reads non-ASCII digits
            if (digit < 0) {
                return OptionalLong.empty();
            }
            value = value * radix + digit;
            if (value > MAX_ADDRESS) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(value);
    }

    private static InetAddress toAddress(long address) {
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
