package zen.gateway.application.verify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads IP literals without ever asking DNS: a request header must not make the gateway resolve names, and a name
 * is not an address anyway.
 */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private IpAddresses() {}

    /** The address bytes (4 or 16), or null when the text is not an IP literal. Accepts {@code host:port} forms. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String address = text.strip();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                return null;
            }
            address = address.substring(1, close);
        } else if (address.indexOf(':') >= 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':'));
        }
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (address.indexOf(':') < 0) {
            return null;
        }
        int zone = address.indexOf('%');
        String literal = zone >= 0 ? address.substring(0, zone) : address;
        if (!literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // brackets make the JDK treat it as an IPv6 literal and fail instead of falling back to a DNS lookup
            return InetAddress.getByName("[" + literal + "]").getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
