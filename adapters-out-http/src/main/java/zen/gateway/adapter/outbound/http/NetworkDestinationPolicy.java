package zen.gateway.adapter.outbound.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;

/**
 * Allows http and https URLs whose host stands only for public addresses, or for addresses in the allowlist. The
 * host is read the way the network would read it: an IPv6 literal (without a zone id), an IPv4 address in any
 * spelling inet_aton accepts (only the dotted quad is allowed, being the only one every client reads alike), a
 * loopback or metadata name judged by name, or else a name looked up once. Every address is judged, embedded
 * IPv4 included: a host with one forbidden address among public ones is refused, since the client may use any.
 *
 * <p>The sender asks again before every request and then pins the addresses it was answered (see
 * {@link AddressPins}), so the client connects to exactly what was checked: a name that points inside the
 * network later is refused then, and one that changes between the check and the connection changes nothing.
 *
 * <p>Thread-safe. {@link #check} and {@link #refusal} block on DNS for names: mind {@link #needsLookup}.
 */
final class NetworkDestinationPolicy implements DestinationPolicy {

    private final List<Cidr> allowed;
    private final HostResolver resolver;

    NetworkDestinationPolicy(List<Cidr> allowed, HostResolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** Asked when an endpoint is configured: a name that does not resolve is refused, being surely a mistake. */
    @Override
    public Optional<String> refusal(URI url) {
        return switch (check(url)) {
            case DestinationCheck.Allowed allowedHost -> Optional.empty();
            case DestinationCheck.Refused refused -> Optional.of(refused.reason());
            case DestinationCheck.Unresolved unresolved -> Optional.of(unresolved.reason());
        };
    }

    DestinationCheck check(URI url) {
        Optional<String> malformation = malformation(url);
        if (malformation.isPresent()) {
            return new DestinationCheck.Refused(malformation.get());
        }
        String host = url.getHost();
        if (host.startsWith("[")) {
            return ipv6Literal(host);
        }
        Optional<InetAddress> numeric = NumericHost.ipv4(host);
        if (numeric.isPresent()) {
            return numericIpv4(host, numeric.get());
        }
        if (SpecialHostNames.isMetadataService(host)) {
            return new DestinationCheck.Refused(host + " is a cloud metadata service");
        }
        Optional<InetAddress> loopback = SpecialHostNames.loopback(host);
        if (loopback.isPresent()) {
            return judged(host + " stands for ", List.of(loopback.get()), true);
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(resolver.resolve(host));
        } catch (UnknownHostException e) {
            return new DestinationCheck.Unresolved(host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            return new DestinationCheck.Unresolved(host + " does not resolve");
        }
        return judged(host + " resolves to ", addresses, true);
    }

    private DestinationCheck ipv6Literal(String host) {
        if (host.contains("%")) {
            // A zone id names one of the gateway's own network interfaces: a link-local destination by design.
            return new DestinationCheck.Refused(host + " names a network interface of the gateway (zone id)");
        }
        try {
            return judged("", List.of(InetAddress.getByName(host)), false); // in brackets: parsed, never looked up
        } catch (UnknownHostException e) {
            return new DestinationCheck.Refused("not an IPv6 address: " + host);
        }
    }

    private DestinationCheck numericIpv4(String host, InetAddress address) {
        if (NumericHost.isDottedQuad(host)) {
            return judged("", List.of(address), false);
        }
        DestinationCheck judged = judged(host + " reads as ", List.of(address), false);
        if (judged instanceof DestinationCheck.Refused) {
            return judged;
        }
        return new DestinationCheck.Refused(host + " reads as " + address.getHostAddress()
                + " to some HTTP clients and differently to others; write " + address.getHostAddress());
    }

    /** Allowed when no address is forbidden outside the allowlist; {@code saying} introduces the address. */
    private DestinationCheck judged(String saying, List<InetAddress> addresses, boolean byName) {
        for (InetAddress address : addresses) {
            Optional<String> kind = ForbiddenNetworks.kindOf(address);
            if (kind.isPresent() && allowed.stream().noneMatch(network -> network.contains(address))) {
                return new DestinationCheck.Refused(saying + shown(address) + ": " + kind.get()
                        + ", and no allowed network contains it");
            }
        }
        return new DestinationCheck.Allowed(addresses, byName);
    }

    private static String shown(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    /** Whether checking {@code host} (as a URI gives it) looks a name up, which may block on DNS. */
    static boolean needsLookup(String host) {
        return host != null && !host.startsWith("[") && NumericHost.ipv4(host).isEmpty()
                && !SpecialHostNames.isMetadataService(host) && SpecialHostNames.loopback(host).isEmpty();
    }

    /** Why {@code url} is not an absolute http(s) URL with a host, or empty when it is one. Needs no DNS. */
    static Optional<String> malformation(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are allowed: " + url);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("the URL has no (valid) host: " + url);
        }
        return Optional.empty();
    }
}
