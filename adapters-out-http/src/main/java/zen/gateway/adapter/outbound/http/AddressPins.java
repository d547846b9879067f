package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The addresses the destination policy allowed for the names sends are using right now. While a send holds its
 * pin, the JVM's name resolution answers that name with these addresses only (see {@link PinnedFirstResolver}),
 * so the HTTP client connects to what was checked rather than to whatever DNS says a moment later.
 *
 * <p>JVM-wide, because the JDK's name resolution is. Sends to the same name share one pin, counted, holding the
 * latest addresses allowed: every address ever pinned passed the policy. (Two senders with different allowlists
 * in one JVM could thus use each other's verdicts; the gateway builds one.) The JDK keeps what it was answered
 * for its cache time (30 s by default), so the client may also reuse an address pinned by an earlier send:
 * checked too, only older. Thread-safe.
 */
final class AddressPins {

    private record Pinned(List<InetAddress> addresses, int holders) {}

    private static final Map<String, Pinned> PINS = new ConcurrentHashMap<>();

    private AddressPins() {}

    /** Pins {@code host} (as the URL gives it) to {@code addresses} until the returned pin is closed. */
    static Pin pin(String host, List<InetAddress> addresses) {
        String name = key(host);
        List<InetAddress> allowed = List.copyOf(addresses);
        PINS.compute(name, (key, old) -> new Pinned(allowed, old == null ? 1 : old.holders() + 1));
        return new Pin(name);
    }

    /** The addresses {@code host} is pinned to, or empty when no send is using it. */
    static Optional<List<InetAddress>> pinned(String host) {
        return Optional.ofNullable(PINS.get(key(host))).map(Pinned::addresses);
    }

    /** DNS names are case-insensitive; the JDK passes the host on as the URL spells it. */
    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    /** One send's hold on a name. Closing it more than once is harmless. */
    static final class Pin implements AutoCloseable {

        private final String name;
        private final AtomicBoolean released = new AtomicBoolean();

        private Pin(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                PINS.computeIfPresent(name, (key, pinned) ->
                        pinned.holders() == 1 ? null : new Pinned(pinned.addresses(), pinned.holders() - 1));
            }
        }
    }
}
