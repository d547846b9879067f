package zen.gateway.application.verify;

/** A network given as {@code address/prefix} (a bare address is a single host). Immutable. */
record Cidr(byte[] network, int prefixLength) {

    static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty CIDR");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (address.startsWith("[") || (address.indexOf(':') >= 0 && address.indexOf(':') == address.lastIndexOf(':'))) {
            throw new IllegalArgumentException("not a CIDR (no ports or brackets): " + text);
        }
        byte[] network = IpAddresses.parse(address);
        if (network == null) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        int maxPrefix = network.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? maxPrefix : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length: " + text);
        }
        if (prefix < 0 || prefix > maxPrefix) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return new Cidr(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
