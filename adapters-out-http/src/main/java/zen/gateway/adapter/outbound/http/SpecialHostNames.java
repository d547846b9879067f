package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names whose meaning does not depend on DNS: the loopback names that hosts files and RFC 6761 tie to the machine
 * itself, and the names of cloud metadata services. Judging them by name gives the same verdict on every machine,
 * whatever its hosts file or search domains say (and {@code localhost.} resolves nowhere but means the same).
 * Stateless.
 */
final class SpecialHostNames {

    private static final Set<String> IPV4_LOOPBACK = Set.of("localhost", "localhost.localdomain", "localhost4",
            "localhost4.localdomain4");
    private static final Set<String> IPV6_LOOPBACK = Set.of("ip6-localhost", "ip6-loopback", "localhost6",
            "localhost6.localdomain6");
    /** GCP's metadata server, and AWS's name for its own. */
    private static final Set<String> METADATA = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal");

    private static final InetAddress IPV4_LOOPBACK_ADDRESS = literal("127.0.0.1");
    private static final InetAddress IPV6_LOOPBACK_ADDRESS = literal("[::1]");

    private SpecialHostNames() {}

    /** The address a loopback name stands for, or empty for any other name. */
    static Optional<InetAddress> loopback(String host) {
        String name = normalized(host);
        if (IPV4_LOOPBACK.contains(name) || name.endsWith(".localhost")) {
            return Optional.of(IPV4_LOOPBACK_ADDRESS);
        }
        return IPV6_LOOPBACK.contains(name) ? Optional.of(IPV6_LOOPBACK_ADDRESS) : Optional.empty();
    }

    static boolean isMetadataService(String host) {
        return METADATA.contains(normalized(host));
    }

    /** Lower case without the trailing dot of an absolute name: how DNS compares names. */
    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalStateException(address + " is a literal address", e);
        }
    }
}
