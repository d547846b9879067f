package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;

/**
 * Allows http and https URLs whose host resolves only to public addresses, or to addresses in the allowlist.
 * A host with one forbidden address among public ones is refused: the client may connect to any of them.
 *
 * <p>The sender asks again right before every request, so a name that later points inside the network is
 * caught. The JDK caches lookups (30 s by default), so the client's own lookup normally sees the same answer
 * as this check; a DNS server flipping answers exactly as the cache expires remains a narrow window.
 *
 * <p>Thread-safe. {@link #refusal} blocks on DNS: do not call it on an event-loop thread.
 */
final class NetworkDestinationPolicy implements DestinationPolicy {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Cidr> allowed;
    private final HostResolver resolver;

    NetworkDestinationPolicy(List<Cidr> allowed, HostResolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    @Override
    public Optional<String> refusal(URI url) {
        Optional<String> malformation = malformation(url);
        if (malformation.isPresent()) {
            return malformation;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.getHost());
        } catch (UnknownHostException e) {
            // Nothing to reach means nothing to protect; the send itself then fails as a retryable connection
            // failure, whereas a refusal would dead-letter the delivery over a DNS hiccup.
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = ForbiddenNetworks.kindOf(address);
            if (kind.isPresent() && allowed.stream().noneMatch(network -> network.contains(address))) {
                return Optional.of(url.getHost() + " resolves to " + address.getHostAddress() + ", a "
                        + kind.get() + " address, and no allowed network contains it");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code host} (as a URI gives it) is an address, which resolving never looks up: an IPv6 literal in
     * brackets, or a dotted-quad IPv4 address. Other spellings the JDK would also read as addresses count as
     * names; they are then merely checked on a thread that may block.
     */
    static boolean isAddress(String host) {
        return host != null && (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches());
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
